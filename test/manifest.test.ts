import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const SCHEMAS = join(__dirname, 'fixtures', 'manifest-schemas');
const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

function distFile(name: string): string {
  const path = join(DIST, name);
  if (!existsSync(path)) throw new Error(`dist/${name} is missing: run \`npm run build\` first.`);
  return path;
}

const attr = (xml: string, element: string, name: string) =>
  [...xml.matchAll(new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

/** Resource id → value, over bt:Image, bt:Url and bt:String. */
function resources(xml: string): Map<string, string> {
  return new Map([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)" DefaultValue="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

function pngSize(path: string): [number, number] {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('manifest.xml (checked offline)', () => {
  it('is valid against the add-in manifest schemas', async () => {
    const xsds = readdirSync(SCHEMAS).filter((f) => f.endsWith('.xsd'));
    const read = (f: string) => ({ fileName: f, contents: readFileSync(join(SCHEMAS, f), 'utf8') });
    const result = await validateXML({
      xml: { fileName: 'manifest.xml', contents: source },
      schema: read('OfficeAppManifestV1_1.xsd'),
      preload: xsds.filter((f) => f !== 'OfficeAppManifestV1_1.xsd').map(read),
    });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('resolves every resid', () => {
    const ids = resources(source);
    const used = [...source.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((r) => !ids.has(r))).toEqual([]);
    expect(used.every((r) => r.length <= 32)).toBe(true);
  });

  it('runs the task pane and the custom functions in one long-lived shared runtime', () => {
    expect(source).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    const runtimes = attr(source, 'Runtime', 'resid');
    expect(runtimes).toHaveLength(1);
    expect(attr(source, 'Runtime', 'lifetime')).toEqual(['long']);
    const page = /<Page>\s*<SourceLocation resid="([^"]+)"/.exec(source)![1];
    const pane = /<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"/.exec(source)![1];
    expect([page, pane, attr(source, 'FunctionFile', 'resid')[0]]).toEqual([runtimes[0], runtimes[0], runtimes[0]]);
  });

  it('names the custom functions namespace CX and puts a button on the Home tab', () => {
    const ns = /<Namespace resid="([^"]+)"/.exec(source)![1];
    expect(resources(source).get(ns)).toBe('CX');
    expect(source).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
  });

  it('names icons that exist as PNGs of the stated size', () => {
    const ids = resources(source);
    for (const [, size, resid] of source.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)) {
      const file = ids.get(resid)!.replace('https://localhost:3000/', '');
      expect(pngSize(join(ROOT, file))).toEqual([Number(size), Number(size)]);
    }
    for (const [el, size] of [['IconUrl', 64], ['HighResolutionIconUrl', 128]] as const) {
      const file = attr(source, el, 'DefaultValue')[0].replace('https://localhost:3000/', '');
      expect(pngSize(join(ROOT, file))).toEqual([size, size]);
    }
  });

  it('points every production URL at a file the build emits, with no localhost left', () => {
    const built = readFileSync(distFile('manifest.xml'), 'utf8');
    expect(built).not.toMatch(/localhost/);
    const urls = [...built.matchAll(/(?:DefaultValue|AppDomain>)="?(https:\/\/[^"<]+)/g)].map((m) => m[1]);
    const base = /<SourceLocation DefaultValue="(https:\/\/[^/]+\/)/.exec(built)![1];
    const files = urls.filter((u) => u.startsWith(base) && u !== base.replace(/\/$/, '')).map((u) => u.slice(base.length));
    expect(files).toEqual(expect.arrayContaining(['taskpane.html', 'functions.js', 'functions.json', 'assets/icon-16.png']));
    for (const f of files) expect(existsSync(join(DIST, f))).toBe(true);
  });

  it('has a functions.json from the build listing every CX function with its parameters', () => {
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
