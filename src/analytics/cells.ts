/** A cell value as Excel hands it to an add-in (Range.values or a custom-function argument). */
export type CellValue = string | number | boolean | null | undefined;

/** A read-only view of one column inside a 2D array of cells: rows[start..end), column `col`. */
export interface ColumnRef {
  rows: readonly (readonly CellValue[])[];
  col: number;
  start: number;
  end: number;
}

const EXCEL_ERRORS = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A',
  '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
]);

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export function isExcelError(v: CellValue): boolean {
  return typeof v === 'string' && v.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(v.trim().toUpperCase());
}

export function columnLength(ref: ColumnRef): number {
  return ref.end - ref.start;
}

export function cellAt(ref: ColumnRef, i: number): CellValue {
  const row = ref.rows[ref.start + i];
  return row === undefined ? undefined : row[ref.col];
}

/** A whole single column given as an n×1 (or 1×n) range, as custom functions receive it. */
export function columnOf(range: readonly (readonly CellValue[])[]): ColumnRef {
  if (range.length === 1 && range[0].length > 1) {
    return { rows: range[0].map((v) => [v]), col: 0, start: 0, end: range[0].length };
  }
  return { rows: range, col: 0, start: 0, end: range.length };
}
