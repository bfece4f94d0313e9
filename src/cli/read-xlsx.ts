import ExcelJS from 'exceljs';
import { CellValue, ColumnMapping } from '../analytics';
import { CliError, EXIT } from './cli-error';
import { missingTransactionRoles } from './looks-like-transactions';

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

const MS_PER_DAY = 86400000;

/** An ExcelJS cell value as Excel's own Range.values would give it (dates as serials). */
export function excelJsValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.getTime() / MS_PER_DAY + 25569;
  if (typeof v === 'object') {
    if ('result' in v) return excelJsValue(v.result as ExcelJS.CellValue);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('error' in v) return v.error;
    return null;
  }
  return v;
}

/** Rows top..bottom, columns left..right (1-based, inclusive) as cells. */
function block(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r);
    const cells: CellValue[] = [];
    for (let c = left; c <= right; c++) cells.push(excelJsValue(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

/** The sheet's used range, like Excel's: from the first non-empty row and column to the last. */
function usedRange(ws: ExcelJS.Worksheet): CellValue[][] {
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (excelJsValue(cell.value) === null || excelJsValue(cell.value) === '') return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  return bottom === 0 ? [] : block(ws, top, left, bottom, right);
}

interface LoadedTable {
  name: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string }[];
}

function tableValues(ws: ExcelJS.Worksheet, t: LoadedTable): CellValue[][] {
  const range = ws.getCell((t.tableRef ?? t.ref ?? 'A1').split(':')[0]);
  const end = ws.getCell((t.tableRef ?? t.ref ?? 'A1').split(':').pop()!);
  const top = Number(range.row);
  const bottom = Number(end.row) - (t.totalsRow ? 1 : 0);
  const values = block(ws, top, Number(range.col), bottom, Number(end.col));
  return t.headerRow === false ? [t.columns.map((c) => c.name), ...values] : values;
}

function tablesOf(ws: ExcelJS.Worksheet): LoadedTable[] {
  return ws.getTables().map((t) => (t as unknown as { table: LoadedTable }).table);
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(', ');

function namedTable(workbook: ExcelJS.Workbook, path: string, name: string, sheet?: string): XlsxBlock {
  const sheets = workbook.worksheets.filter((ws) => !sheet || same(ws.name, sheet));
  for (const ws of sheets) {
    const t = tablesOf(ws).find((x) => same(x.name, name));
    if (t) return { values: tableValues(ws, t), where: `table "${t.name}" on sheet "${ws.name}"` };
  }
  const all = sheets.flatMap((ws) => tablesOf(ws).map((t) => t.name));
  const scope = sheet ? `${path}, sheet "${sheet}",` : path;
  throw new CliError(`${scope} has no table named "${name}". ${all.length ? `Tables: ${quoted(all)}.` : 'It has no Excel tables.'}`, EXIT.badArguments);
}

/** The first table or sheet with a customer and a date column, tables of a sheet before the sheet itself. */
function transactionsBlock(workbook: ExcelJS.Workbook, path: string, mapping: ColumnMapping): XlsxBlock {
  const tried: string[] = [];
  for (const ws of workbook.worksheets) {
    const candidates = [
      ...tablesOf(ws).map((t) => ({ values: tableValues(ws, t), where: `table "${t.name}" on sheet "${ws.name}"` })),
      { values: usedRange(ws), where: `sheet "${ws.name}"` },
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

/** Reads the chosen sheet or table of an .xlsx workbook as cells, header row first. */
export async function readXlsx(bytes: Buffer, path: string, choice: XlsxChoice = {}): Promise<XlsxBlock> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new CliError(`Cannot open ${path} as an .xlsx workbook: ${(e as Error).message}.`, EXIT.unreadableInput);
  }
  if (workbook.worksheets.length === 0) throw new CliError(`${path} has no worksheets.`, EXIT.unreadableInput);
  if (choice.table) return namedTable(workbook, path, choice.table, choice.sheet);
  if (choice.sheet) {
    const ws = workbook.worksheets.find((w) => same(w.name, choice.sheet!));
    if (!ws) throw new CliError(`${path} has no sheet named "${choice.sheet}". Sheets: ${quoted(workbook.worksheets.map((w) => w.name))}.`, EXIT.badArguments);
    return { values: usedRange(ws), where: `sheet "${ws.name}"` };
  }
  if (choice.transactions) return transactionsBlock(workbook, path, choice.mapping ?? {});
  const ws = workbook.worksheets[0];
  return { values: usedRange(ws), where: `sheet "${ws.name}"` };
}
