import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fromCSV } from 'arquero';
import ExcelJS from 'exceljs';
import { CellValue } from '../analytics';
import { CliError, EXIT } from './cli-error';
import { decodeText, sniffDelimiter } from './sniff';

/** Reads a .csv or .xlsx file into a 2D block of cells, header row first. */
export async function readInputTable(path: string, sheet?: string): Promise<CellValue[][]> {
  const ext = extname(path).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new CliError(`Cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}.`, EXIT.unreadableInput);
  }
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return csvCells(decodeText(bytes).text);
  if (ext === '.xlsx') return xlsxCells(bytes, path, sheet);
  throw new CliError(`${path} is not a spreadsheet: give a .csv or .xlsx file.`, EXIT.unreadableInput);
}

/** CSV through arquero's parser, delimiter sniffed, every value kept as text (ids such as "00017" keep their zeros). */
export function csvCells(text: string): CellValue[][] {
  const clean = text.replace(/^\uFEFF/, '');
  const table = fromCSV(clean, { autoType: false, delimiter: sniffDelimiter(clean) });
  const names = table.columnNames();
  const columns = names.map((name) => table.array(name) as ArrayLike<CellValue>);
  const rows: CellValue[][] = [names];
  for (let i = 0; i < table.numRows(); i++) rows.push(columns.map((c) => c[i] ?? null));
  return rows;
}

async function xlsxCells(bytes: Buffer, path: string, sheet?: string): Promise<CellValue[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new CliError(`Cannot open ${path} as an .xlsx workbook: ${(e as Error).message}.`, EXIT.unreadableInput);
  }
  const ws = sheet ? workbook.getWorksheet(sheet) : workbook.worksheets[0];
  if (!ws) throw new CliError(`${path} has no sheet named "${sheet}".`, EXIT.unreadableInput);
  const rows: CellValue[][] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    for (let c = 1; c <= width; c++) cells.push(excelJsValue(row.getCell(c).value));
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= new Array<CellValue>(width).fill(null);
  return rows;
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
