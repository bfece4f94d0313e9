/** A1-style addresses, as Excel writes them: Sheet1!A1:C3, 'My sheet'!B2. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Area {
  row: number; // 0-based
  col: number;
  rows: number;
  cols: number;
}

export function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

export function modelError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, name: 'RichApi.Error' });
}

const invalidAddress = (address: string) =>
  modelError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: "${address}".`);

/** Corners as 0-based [row, col]; a whole column ("C") spans every row, a whole row ("3") every column. */
function corners(a: string, b: string, address: string): [number, number, number, number] {
  const c1 = CELL.exec(a);
  const c2 = CELL.exec(b);
  if (c1 && c2) return [Number(c1[2]) - 1, columnIndex(c1[1]), Number(c2[2]) - 1, columnIndex(c2[1])];
  const k1 = COLUMN.exec(a);
  const k2 = COLUMN.exec(b);
  if (k1 && k2) return [0, columnIndex(k1[1]), MAX_ROWS - 1, columnIndex(k2[1])];
  const r1 = ROW.exec(a);
  const r2 = ROW.exec(b);
  if (r1 && r2) return [Number(r1[1]) - 1, 0, Number(r2[1]) - 1, MAX_COLUMNS - 1];
  throw invalidAddress(address);
}

/** Parses "A1", "A1:C3", "A:C", "2:5" or "Sheet!A1:C3" (the sheet part is returned separately). */
export function parseAddress(address: string): { sheet?: string; area: Area } {
  let sheet: string | undefined;
  let ref = address;
  const bang = address.lastIndexOf('!');
  if (bang >= 0) {
    sheet = address.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    ref = address.slice(bang + 1);
  }
  const parts = ref.split(':');
  if (parts.length > 2) throw invalidAddress(address);
  // A lone column or row ("C", "3") is a name to Excel, not a reference.
  if (parts.length === 1 && !CELL.test(parts[0])) throw invalidAddress(address);
  const [r1, c1, r2, c2] = corners(parts[0], parts[1] ?? parts[0], address);
  const area = { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
  checkArea(area);
  return { sheet, area };
}

export function checkArea(area: Area): void {
  if (area.row < 0 || area.col < 0 || area.rows < 1 || area.cols < 1 || area.row + area.rows > MAX_ROWS || area.col + area.cols > MAX_COLUMNS) {
    throw modelError('InvalidArgument', 'The range is outside the grid: Excel has 1,048,576 rows and 16,384 columns.');
  }
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** As Excel writes it: whole columns as "A:C", whole rows as "2:5", one cell without a colon. */
export function formatAddress(sheet: string, area: Area): string {
  const lastRow = area.row + area.rows;
  const lastCol = columnName(area.col + area.cols - 1);
  let ref: string;
  if (area.rows === MAX_ROWS) ref = `${columnName(area.col)}:${lastCol}`;
  else if (area.cols === MAX_COLUMNS) ref = `${area.row + 1}:${lastRow}`;
  else {
    const a = `${columnName(area.col)}${area.row + 1}`;
    const b = `${lastCol}${lastRow}`;
    ref = a === b ? a : `${a}:${b}`;
  }
  return `${quoteSheet(sheet)}!${ref}`;
}

export function intersects(a: Area, b: Area): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
