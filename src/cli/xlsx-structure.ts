import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { posix } from 'node:path';

/** An Excel table as its part describes it. */
export interface TablePart {
  name: string;
  /** A1 range of the whole table, header and totals rows included ("B3:H120"). */
  ref: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: string[];
}

/** A worksheet in the workbook's order: its name, its part in the package and its tables. */
export interface SheetPart {
  name: string;
  path: string;
  tables: TablePart[];
}

interface Element {
  name: string;
  attributes: Record<string, string>;
}

/** An XML name without its namespace prefix ("x:row" → "row"). */
export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** The start tags of a (small) XML part, names without their namespace prefix. */
function elements(xml: string): Element[] {
  const out: Element[] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attributes[localName(k)] = v;
    out.push({ name: localName(tag.name), attributes });
  });
  parser.write(xml).close();
  return out;
}

async function partXml(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async('string');
}

/** Relationship id → target part path, for the part at `source` (its rels file beside it in _rels/). */
async function relationships(zip: JSZip, source: string): Promise<Map<string, { type: string; path: string }>> {
  const dir = posix.dirname(source);
  const xml = await partXml(zip, posix.join(dir, '_rels', `${posix.basename(source)}.rels`));
  const out = new Map<string, { type: string; path: string }>();
  for (const e of xml ? elements(xml) : []) {
    if (e.name !== 'Relationship' || e.attributes.TargetMode === 'External') continue;
    const target = e.attributes.Target ?? '';
    const path = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(dir, target));
    out.set(e.attributes.Id, { type: e.attributes.Type ?? '', path });
  }
  return out;
}

const isType = (type: string, name: string) => type.endsWith(`/${name}`);

async function tablePart(zip: JSZip, path: string): Promise<TablePart | undefined> {
  const xml = await partXml(zip, path);
  if (!xml) return undefined;
  const all = elements(xml);
  const table = all.find((e) => e.name === 'table');
  if (!table?.attributes.ref) return undefined;
  return {
    name: table.attributes.displayName ?? table.attributes.name ?? '',
    ref: table.attributes.ref,
    headerRow: table.attributes.headerRowCount !== '0',
    totalsRow: Number(table.attributes.totalsRowCount ?? 0) > 0,
    columns: all.filter((e) => e.name === 'tableColumn').map((e) => e.attributes.name ?? ''),
  };
}

export interface WorkbookStructure {
  sheets: SheetPart[];
  sharedStrings?: string;
  styles?: string;
  /** Serial days count from 1904 (old Mac workbooks), not 1900. */
  date1904: boolean;
}

/**
 * The worksheets of an .xlsx package in the workbook's order, with their tables, and where its
 * shared strings and styles are, read from the package's small parts: the sheets' own data is
 * streamed by whoever reads them.
 */
export async function workbookStructure(zip: JSZip): Promise<WorkbookStructure> {
  const root = await relationships(zip, '');
  const main = [...root.values()].find((r) => isType(r.type, 'officeDocument'))?.path ?? 'xl/workbook.xml';
  const xml = await partXml(zip, main);
  if (!xml) throw new Error(`the package has no workbook part (${main})`);
  const rels = await relationships(zip, main);
  const sheets: SheetPart[] = [];
  let date1904 = false;
  for (const e of elements(xml)) {
    if (e.name === 'workbookPr') date1904 = e.attributes.date1904 === '1' || e.attributes.date1904 === 'true';
    if (e.name !== 'sheet') continue;
    const rel = rels.get(e.attributes.id);
    if (!rel || !isType(rel.type, 'worksheet')) continue; // chart sheets and dialog sheets hold no cells
    const tables: TablePart[] = [];
    for (const r of (await relationships(zip, rel.path)).values()) {
      const t = isType(r.type, 'table') ? await tablePart(zip, r.path) : undefined;
      if (t) tables.push(t);
    }
    sheets.push({ name: e.attributes.name ?? '', path: rel.path, tables });
  }
  const part = (type: string) => [...rels.values()].find((r) => isType(r.type, type))?.path;
  return { sheets, sharedStrings: part('sharedStrings'), styles: part('styles'), date1904 };
}
