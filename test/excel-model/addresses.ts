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

export function modelError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, name: 'RichApi.Error' });
}

/** Parses "A1", "A1:C3" or "Sheet!A1:C3" (the sheet part is returned separately). */
export function parseAddress(address: string): { sheet?: string; area: Area } {
  let sheet: string | undefined;
  let ref = address;
  const bang = address.lastIndexOf('!');
  if (bang >= 0) {
    sheet = address.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    ref = address.slice(bang + 1);
  }
  const [a, b = a] = ref.split(':');
  const m1 = CELL.exec(a);
  const m2 = CELL.exec(b);
  if (!m1 || !m2) throw modelError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: "${address}".`);
  const r1 = Number(m1[2]) - 1;
  const r2 = Number(m2[2]) - 1;
  const c1 = columnIndex(m1[1]);
  const c2 = columnIndex(m2[1]);
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

export function formatAddress(sheet: string, area: Area): string {
  const a = `${columnName(area.col)}${area.row + 1}`;
  const b = `${columnName(area.col + area.cols - 1)}${area.row + area.rows}`;
  return `${quoteSheet(sheet)}!${a === b ? a : `${a}:${b}`}`;
}

export function intersects(a: Area, b: Area): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
