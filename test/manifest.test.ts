/**
 * The offline manifest check: `office-addin-manifest validate` needs an online service, so the
 * manifest is checked here against the XSDs in test/fixtures/manifest-schemas (see SOURCES.md
 * there: 2019 schemas with the shared-runtime `Runtimes` added) and against the production
 * build in dist/ (`npm test` runs `npm run build` first).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const SCHEMAS = join(__dirname, 'fixtures', 'manifest-schemas');
const DEV_URL = 'https://localhost:3000/';
const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

function distFile(name: string): string {
  const path = join(DIST, name);
  if (!existsSync(path)) throw new Error(`dist/${name} is missing: run npm run build first.`);
  return path;
}

const builtManifest = () => readFileSync(distFile('manifest.xml'), 'utf8');

const attr = (xml: string, element: string, name: string) =>
  [...xml.matchAll(new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

/** Resource id → value, over bt:Image, bt:Url and bt:String (ShortStrings and LongStrings). */
function resources(xml: string): Map<string, string> {
  return new Map([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)" DefaultValue="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** Width and height from the IHDR chunk, after checking the PNG signature. */
function pngSize(path: string): [number, number] {
  const b = readFileSync(path);
  expect([...b.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

async function wellFormedErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: { fileName: 'manifest.xml', contents: xml }, normalization: 'format' });
  return result.errors.map((e) => e.rawMessage);
}

/** OfficeAppManifestV1_1.xsd imports the other schemas by relative path: all of them are preloaded. */
async function schemaErrors(xml: string): Promise<string[]> {
  const xsds = readdirSync(SCHEMAS).filter((f) => f.endsWith('.xsd'));
  const read = (f: string) => ({ fileName: f, contents: readFileSync(join(SCHEMAS, f), 'utf8') });
  const result = await validateXML({
    xml: { fileName: 'manifest.xml', contents: xml },
    schema: read('OfficeAppManifestV1_1.xsd'),
    preload: xsds.filter((f) => f !== 'OfficeAppManifestV1_1.xsd').map(read),
  });
  expect(result.valid).toBe(result.errors.length === 0);
  return result.errors.map((e) => e.rawMessage);
}

describe('manifest.xml (checked offline)', () => {
  it('is well-formed XML', async () => {
    expect(await wellFormedErrors(source)).toEqual([]);
  });

  it('is valid against the add-in manifest schemas', async () => {
    expect(await schemaErrors(source)).toEqual([]);
  });

  it('resolves every resid to a bt:Image, bt:Url or bt:String', () => {
    const ids = resources(source);
    const used = [...source.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((r) => !ids.has(r))).toEqual([]);
    expect(used.every((r) => r.length <= 32)).toBe(true);
  });

  it('runs the task pane and the custom functions in one long-lived shared runtime', () => {
    expect(source).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(source).toMatch(/<Set Name="ExcelApi" MinVersion="1\.\d+"\/>/);
    const runtimes = attr(source, 'Runtime', 'resid');
    expect(runtimes).toHaveLength(1);
    expect(attr(source, 'Runtime', 'lifetime')).toEqual(['long']);
    const page = /<Page>\s*<SourceLocation resid="([^"]+)"/.exec(source)![1];
    const pane = /<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"/.exec(source)![1];
    expect([page, pane, attr(source, 'FunctionFile', 'resid')[0]]).toEqual([runtimes[0], runtimes[0], runtimes[0]]);
    expect(resources(source).get(runtimes[0])).toBe(`${DEV_URL}taskpane.html`);
    expect(attr(source, 'SourceLocation', 'DefaultValue')).toEqual([`${DEV_URL}taskpane.html`]);
  });

  it('names the custom functions namespace CX and puts a button on the Home tab', () => {
    const ns = /<Namespace resid="([^"]+)"/.exec(source)![1];
    expect(resources(source).get(ns)).toBe('CX');
    const script = /<Script>\s*<SourceLocation resid="([^"]+)"/.exec(source)![1];
    const metadata = /<Metadata>\s*<SourceLocation resid="([^"]+)"/.exec(source)![1];
    expect([resources(source).get(script), resources(source).get(metadata)]).toEqual([`${DEV_URL}functions.js`, `${DEV_URL}functions.json`]);
    expect(source).toMatch(/<OfficeTab id="TabHome">\s*<Group id="[^"]+">[\s\S]*<Action xsi:type="ShowTaskpane">/);
  });

  it('names icons that exist as PNGs of the stated pixel size', () => {
    const ids = resources(source);
    const images = [...source.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)];
    expect(new Set(images.map((m) => Number(m[1])))).toEqual(new Set([16, 32, 80]));
    for (const [, size, resid] of images) {
      const file = ids.get(resid)!.replace(DEV_URL, '');
      expect(pngSize(join(ROOT, file))).toEqual([Number(size), Number(size)]);
    }
    for (const [el, size] of [['IconUrl', 64], ['HighResolutionIconUrl', 128]] as const) {
      const file = attr(source, el, 'DefaultValue')[0].replace(DEV_URL, '');
      expect(pngSize(join(ROOT, file))).toEqual([size, size]);
    }
  });
});

describe('the production build (dist/)', () => {
  it('rewrites every dev URL and the AppDomain origin, keeping a production path', () => {
    const { toProductionUrls } = require('../webpack.config.js') as { toProductionUrls: (content: string, url?: string) => string };
    const out = toProductionUrls(source, 'https://addins.example.org/cx');
    expect(out).not.toMatch(/localhost/);
    expect(out.split('https://addins.example.org/cx/').length).toBe(source.split(DEV_URL).length);
    expect(out).toContain('<AppDomain>https://addins.example.org</AppDomain>');
  });

  it('has a manifest that is still well-formed and schema-valid', async () => {
    const built = builtManifest();
    expect(await wellFormedErrors(built)).toEqual([]);
    expect(await schemaErrors(built)).toEqual([]);
  });

  it('points every manifest URL at a file the build emits, with no localhost left', () => {
    const built = builtManifest();
    expect(built).not.toMatch(/localhost/);
    const base = /<SourceLocation DefaultValue="(https:\/\/[^"]+\/)taskpane\.html"/.exec(built)![1];
    const urls = [...built.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBe(source.split(DEV_URL).length - 1);
    const outside = urls.filter((u) => !u.startsWith(base));
    expect(outside).toEqual([]);
    const files = urls.map((u) => u.slice(base.length));
    expect(files).toEqual(expect.arrayContaining(['taskpane.html', 'functions.js', 'functions.json', 'assets/icon-16.png', 'assets/icon-128.png']));
    for (const f of files) expect([f, existsSync(join(DIST, f))]).toEqual([f, true]);
    const domains = [...built.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]);
    expect(domains).toEqual([new URL(base).origin]);
  });

  it('hosts both bundles in taskpane.html, with office.js from the CDN and not bundled', () => {
    const html = readFileSync(distFile('taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts[0]).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(scripts).toEqual(expect.arrayContaining(['taskpane.js', 'functions.js']));
    expect(html).toMatch(/<div id="?root"?>/);
    for (const bundle of ['taskpane.js', 'functions.js']) {
      expect(readFileSync(distFile(bundle), 'utf8')).not.toMatch(/appsforoffice\.microsoft\.com|OSF\.DDA/);
    }
  });

  it('registers every function in functions.json: the metadata plugin appends CustomFunctions.associate', () => {
    const metadata = JSON.parse(readFileSync(distFile('functions.json'), 'utf8'));
    const bundle = readFileSync(distFile('functions.js'), 'utf8');
    const ids: string[] = metadata.functions.map((f: { id: string }) => f.id);
    expect(ids).toContain('SEGMENT.RFM');
    const associated = [...bundle.matchAll(/CustomFunctions\.associate\("([^"]+)"/g)].map((m) => m[1]);
    expect([...associated].sort()).toEqual([...ids].sort());
  });

  it('has a functions.json listing every CX function with its parameters', () => {
    const metadata = JSON.parse(readFileSync(distFile('functions.json'), 'utf8'));
    const signature = (f: { id: string; parameters: { name: string; optional?: boolean; dimensionality?: string }[]; result: { dimensionality?: string } }) =>
      `${f.id}(${f.parameters.map((p) => `${p.optional ? '[' : ''}${p.name}${p.dimensionality === 'matrix' ? ':range' : ''}${p.optional ? ']' : ''}`).join(', ')}) → ${f.result.dimensionality}`;
    expect(metadata.functions.map(signature)).toEqual([
      'SEGMENT.RFM(customers:range, dates:range, amounts:range, [orders:range], [as_of], [scheme], [output], [method], [bins]) → matrix',
      'RFM.SCORES(customers:range, dates:range, amounts:range, [orders:range], [as_of], [method], [bins]) → matrix',
      'RETURN.RATE(statuses:range, [groups:range], [amounts:range], [returned_values:range]) → matrix',
      'TOPN.CUSTOMERS(customers:range, amounts:range, [n], [orders:range]) → matrix',
      'KPI(customers:range, dates:range, amounts:range, [orders:range], [statuses:range], [as_of]) → matrix',
    ]);
    for (const f of metadata.functions) expect(f.description.length).toBeGreaterThan(30);
  });
});
