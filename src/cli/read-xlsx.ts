import JSZip from 'jszip';
import { CellValue, ColumnMapping } from '../analytics';
import { CliError, EXIT } from './cli-error';
import { missingTransactionRoles } from './looks-like-transactions';
import { dateStyles, partSize, sharedStrings, sheetRows } from './xlsx-sheet-cells';
import { SheetPart, TablePart, WorkbookStructure, workbookStructure } from './xlsx-structure';

/** Which part of a workbook to read: a sheet or an Excel table by name, else the first that looks like transactions. */
export interface XlsxChoice {
  sheet?: string;
  table?: string;
  /** Pick the first sheet or table with a customer and a date column (the orders input); else the first sheet. */
  transactions?: boolean;
  mapping?: ColumnMapping;
}

export interface XlsxBlock {
  values: CellValue[][];
  /** Where the block came from, for messages: `sheet "Orders"` or `table "Sales" on sheet "Orders"`. */
  where: string;
}

/** A sheet's cells as read: each row's values by column (index 0 is column A), rows by number (1 is row 1). */
class SheetCells {
  readonly rows: (CellValue[] | undefined)[] = [];
  top = Infinity;
  bottom = 0;
  left = Infinity;
  right = 0;

  add(r: number, cells: CellValue[]): void {
    cells.forEach((v, i) => {
      if (v === null || v === '') return;
      this.top = Math.min(this.top, r);
      this.bottom = Math.max(this.bottom, r);
      this.left = Math.min(this.left, i + 1);
      this.right = Math.max(this.right, i + 1);
    });
    this.rows[r] = cells;
  }

  /** Rows top..bottom, columns left..right (1-based, inclusive), blanks as null. */
  block(top: number, left: number, bottom: number, right: number): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row = this.rows[r];
      const cells: CellValue[] = new Array(right - left + 1);
      for (let c = left; c <= right; c++) cells[c - left] = row?.[c - 1] ?? null;
      out.push(cells);
    }
    return out;
  }

  /** The used range, like Excel's: from the first non-empty row and column to the last. */
  usedRange(): CellValue[][] {
    return this.bottom === 0 ? [] : this.block(this.top, this.left, this.bottom, this.right);
  }
}

/** "B3" → row 3, column 2. */
function cellAddress(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`"${a1}" is not a cell address`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

function tableValues(cells: SheetCells, t: TablePart): CellValue[][] {
  const [from, to = from] = t.ref.split(':').map(cellAddress);
  const values = cells.block(from.row, from.col, to.row - (t.totalsRow ? 1 : 0), to.col);
  return t.headerRow ? values : [t.columns, ...values];
}

/** How far reading has got: rows so far, and bytes of sheet XML read of all there is to read. */
export type XlsxProgress = (p: { rows: number; bytes: number; totalBytes: number }) => void;

/**
 * The cells of the named sheets, each sheet's XML parsed as it inflates: ExcelJS's whole-workbook
 * load keeps the XML as one string and an object per cell, which fails ("Invalid string length")
 * or takes gigabytes at a million rows; its streaming reader lost sheets or their shared strings
 * when the package's parts came in another order.
 */
async function readSheets(zip: JSZip, structure: WorkbookStructure, names: ReadonlySet<string>, onProgress?: XlsxProgress): Promise<Map<string, SheetCells>> {
  const strings = await sharedStrings(zip, structure.sharedStrings);
  const isDateStyle = structure.date1904 ? await dateStyles(zip, structure.styles) : undefined;
  const parts = structure.sheets.flatMap((ws) => {
    const file = names.has(ws.name) ? zip.file(ws.path) : null;
    return file ? [{ name: ws.name, file }] : [];
  });
  const totalBytes = parts.reduce((n, p) => n + partSize(p.file), 0);
  const out = new Map<string, SheetCells>();
  let rows = 0;
  let before = 0; // bytes of the sheets read already
  for (const { name, file } of parts) {
    const cells = new SheetCells();
    const progress = (read: number) => onProgress?.({ rows, bytes: Math.min(before + read, totalBytes), totalBytes });
    await sheetRows(file, { strings, isDateStyle, onProgress: progress }, (r, values) => {
      cells.add(r, values);
      rows++;
    });
    before += partSize(file);
    out.set(name, cells);
  }
  return out;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(', ');

function namedTable(sheets: SheetPart[], path: string, name: string, sheet?: string): { sheet: SheetPart; table: TablePart } {
  const scoped = sheets.filter((ws) => !sheet || same(ws.name, sheet));
  for (const ws of scoped) {
    const t = ws.tables.find((x) => same(x.name, name));
    if (t) return { sheet: ws, table: t };
  }
  const all = scoped.flatMap((ws) => ws.tables.map((t) => t.name));
  const scope = sheet ? `${path}, sheet "${sheet}",` : path;
  throw new CliError(`${scope} has no table named "${name}". ${all.length ? `Tables: ${quoted(all)}.` : 'It has no Excel tables.'}`, EXIT.badArguments);
}

/** The first table or sheet with a customer and a date column, tables of a sheet before the sheet itself. */
function transactionsBlock(sheets: SheetPart[], read: Map<string, SheetCells>, path: string, mapping: ColumnMapping): XlsxBlock {
  const tried: string[] = [];
  for (const ws of sheets) {
    const cells = read.get(ws.name) ?? new SheetCells();
    const candidates = [
      ...ws.tables.map((t) => ({ values: tableValues(cells, t), where: `table "${t.name}" on sheet "${ws.name}"` })),
      { values: cells.usedRange(), where: `sheet "${ws.name}"` },
    ];
    for (const c of candidates) {
      const missing = missingTransactionRoles(c.values, mapping);
      if (missing.length === 0) return c;
      tried.push(`${c.where} has no ${missing.join(' or ')} column`);
    }
  }
  throw new CliError(
    `${path}: no sheet or table looks like transactions (a customer and a date column): ${tried.join('; ')}. Choose one with --sheet NAME or --table NAME.`,
    EXIT.badArguments,
  );
}

/** Which sheet to read and how to take its block, as the choice says (names checked before any cell is read). */
function plan(sheets: SheetPart[], path: string, choice: XlsxChoice): { names: string[]; take: (read: Map<string, SheetCells>) => XlsxBlock } {
  const cellsOf = (read: Map<string, SheetCells>, ws: SheetPart) => read.get(ws.name) ?? new SheetCells();
  if (choice.table) {
    const { sheet, table } = namedTable(sheets, path, choice.table, choice.sheet);
    return { names: [sheet.name], take: (read) => ({ values: tableValues(cellsOf(read, sheet), table), where: `table "${table.name}" on sheet "${sheet.name}"` }) };
  }
  if (choice.sheet) {
    const ws = sheets.find((w) => same(w.name, choice.sheet!));
    if (!ws) throw new CliError(`${path} has no sheet named "${choice.sheet}". Sheets: ${quoted(sheets.map((w) => w.name))}.`, EXIT.badArguments);
    return { names: [ws.name], take: (read) => ({ values: cellsOf(read, ws).usedRange(), where: `sheet "${ws.name}"` }) };
  }
  if (choice.transactions) return { names: sheets.map((w) => w.name), take: (read) => transactionsBlock(sheets, read, path, choice.mapping ?? {}) };
  const ws = sheets[0];
  return { names: [ws.name], take: (read) => ({ values: cellsOf(read, ws).usedRange(), where: `sheet "${ws.name}"` }) };
}

const unopenable = (path: string, e: unknown) => new CliError(`Cannot open ${path} as an .xlsx workbook: ${(e as Error).message}.`, EXIT.unreadableInput);

/** Reads the chosen sheet or table of an .xlsx workbook as cells, header row first. */
export async function readXlsx(bytes: Buffer, path: string, choice: XlsxChoice = {}, onProgress?: XlsxProgress): Promise<XlsxBlock> {
  let zip: JSZip;
  let structure: WorkbookStructure;
  try {
    zip = await JSZip.loadAsync(bytes);
    structure = await workbookStructure(zip);
  } catch (e) {
    throw unopenable(path, e);
  }
  const { sheets } = structure;
  if (sheets.length === 0) throw new CliError(`${path} has no worksheets.`, EXIT.unreadableInput);
  const { names, take } = plan(sheets, path, choice);
  let read: Map<string, SheetCells>;
  try {
    read = await readSheets(zip, structure, new Set(names), onProgress);
  } catch (e) {
    throw unopenable(path, e);
  }
  return take(read);
}
