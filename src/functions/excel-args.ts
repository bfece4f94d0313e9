import { AnalysisError, CellValue, ColumnRef, isBlank, parseAsOf } from '../analytics';

export type Matrix = CellValue[][];

/** Excel passes an omitted optional argument as null or undefined; a referenced blank cell as "" or null. */
export function isOmitted(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

/** Turns a range argument into a column, naming the argument when it is not one column. */
export function columnArgument(name: string, range: Matrix): ColumnRef {
  if (!Array.isArray(range) || range.length === 0 || !Array.isArray(range[0])) throw new AnalysisError(`${name} must be a range of cells, one column.`);
  if (range.length === 1 && range[0].length > 1) {
    return { rows: range[0].map((v) => [v]), col: 0, start: 0, end: range[0].length };
  }
  if (range[0].length !== 1) throw new AnalysisError(`${name} must be a single column, not ${range[0].length} columns.`);
  return { rows: range, col: 0, start: 0, end: range.length };
}

/** Some Excel builds pass the empty cells of a range as 0 rather than "" or null. */
const emptyish = (v: unknown) => v === 0 || isBlank(v as never);

/**
 * Rows up to the last row where any of the columns has a value: whole-column references
 * such as A:A arrive with a long tail of empty cells (as "", null or 0), which are not data.
 */
export function dataLength(columns: readonly ColumnRef[]): number {
  let n = 0;
  for (const c of columns) {
    for (let i = c.end - 1; i >= c.start + n; i--) {
      if (!emptyish(c.rows[i][c.col])) {
        n = Math.max(n, i - c.start + 1);
        break;
      }
    }
  }
  return n;
}

/** Checks that the named columns have the same number of rows. */
export function sameLength(named: Record<string, ColumnRef>): void {
  const entries = Object.entries(named);
  const [firstName, first] = entries[0];
  for (const [name, ref] of entries.slice(1)) {
    if (ref.end - ref.start !== first.end - first.start) {
      throw new AnalysisError(
        `${name} has ${ref.end - ref.start} rows but ${firstName} has ${first.end - first.start}: select ranges of the same height.`,
      );
    }
  }
}

/** The named range arguments as columns of one height, cut after the last row with data. */
export function dataColumns<K extends string>(ranges: Record<K, Matrix | null | undefined>): Record<K, ColumnRef> {
  const named = {} as Record<K, ColumnRef>;
  for (const [name, range] of Object.entries(ranges) as [K, Matrix | null | undefined][]) {
    if (!isOmitted(range)) named[name] = columnArgument(name, range!);
  }
  sameLength(named);
  const n = Math.max(1, dataLength(Object.values(named)));
  for (const name of Object.keys(named) as K[]) named[name] = { ...named[name], end: named[name].start + n };
  return named;
}

/** A text option such as scheme or output: lower-cased, or the default when omitted. */
export function textOption<T extends string>(name: string, v: unknown, allowed: readonly T[], fallback: T): T {
  if (isOmitted(v)) return fallback;
  const s = String(v).trim().toLowerCase() as T;
  if (!allowed.includes(s)) throw new AnalysisError(`${name} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, not "${v}".`);
  return s;
}

/** A whole-number option such as bins or n. */
export function integerOption(name: string, v: unknown, min: number, max: number, fallback: number): number {
  if (isOmitted(v)) return fallback;
  const x = typeof v === 'number' ? v : Number(String(v).trim());
  if (!Number.isInteger(x) || x < min || x > max) {
    throw new AnalysisError(`${name} must be a whole number from ${min} to ${max === Infinity ? 'up' : max}, not ${JSON.stringify(v)}.`);
  }
  return x;
}

/** The as-of date argument: a date serial or date text; undefined when omitted. */
export function asOfOption(v: unknown): number | undefined {
  if (isOmitted(v)) return undefined;
  const day = parseAsOf(v as CellValue);
  if (day === undefined || Number.isNaN(day)) throw new AnalysisError(`as_of must be a date, not ${JSON.stringify(v)}.`);
  return day;
}

/** Maps any failure to a CustomFunctions.Error: #VALUE! for bad arguments, #N/A when nothing can be scored. */
export function excelError(e: unknown): CustomFunctions.Error {
  if (e instanceof AnalysisError) {
    const code = e.kind === 'no-data' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, e.message);
  }
  const message = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Unexpected problem: ${message}`);
}

/** Excel rejects a custom function result over 5 MB; stay well under it. */
export const SPILL_BUDGET = 4 * 1024 * 1024;

/** JSON bytes of one result row with its brackets and comma, a character counted as a byte (the budget's margin covers the rest). */
export function rowBytes(row: readonly unknown[]): number {
  let bytes = 3;
  for (const v of row) bytes += typeof v === 'string' ? v.length + 3 : 12;
  return bytes;
}

function tooLarge(rows: number, hint: string): AnalysisError {
  return new AnalysisError(`The result has ${rows.toLocaleString('en-US')} rows, more than Excel can take from a function (5 MB). ${hint}`);
}

/** Returns the result, or a #VALUE! message when it would not fit in Excel's response (rather than leave Excel on #BUSY!). */
export function fitsInExcel<T extends unknown[][]>(result: T, hint: string): T {
  let bytes = 2;
  for (const row of result) {
    bytes += rowBytes(row);
    if (bytes > SPILL_BUDGET) throw tooLarge(result.length, hint);
  }
  return result;
}

/**
 * The spill of a per-row function: row r is `rows[pick[r]]`, or `blank` where pick[r] < 0 (a
 * row that was not scored), so every data row of a customer shares the customer's array and
 * Excel copies the values out. An array per data row cost more than the analysis itself at
 * 100,000 rows. Its size is checked from the rows' use counts before the spill is made.
 */
export function pickedRows<T>(pick: Int32Array, rows: readonly T[][], blank: T[], hint: string): T[][] {
  const uses = new Int32Array(rows.length);
  let blanks = 0;
  for (let r = 0; r < pick.length; r++) pick[r] < 0 ? blanks++ : uses[pick[r]]++;
  let bytes = 2 + blanks * rowBytes(blank);
  for (let i = 0; i < rows.length; i++) if (uses[i] > 0) bytes += uses[i] * rowBytes(rows[i]);
  if (bytes > SPILL_BUDGET) throw tooLarge(pick.length, hint);
  const out: T[][] = new Array(pick.length);
  for (let r = 0; r < out.length; r++) out[r] = pick[r] < 0 ? blank : rows[pick[r]];
  return out;
}

/** A list argument such as returned_values: a range or a comma-separated text; undefined when omitted. */
export function listOption(v: unknown): string[] | undefined {
  if (isOmitted(v)) return undefined;
  const cells = Array.isArray(v) ? (v as unknown[][]).flat() : [v];
  const list = cells.flatMap((x) => String(x ?? '').split(',')).map((x) => x.trim()).filter((x) => x !== '');
  return list.length ? list : undefined;
}
