import { AnalysisError, CellValue, ColumnRef, isBlank } from '../analytics';

export type Matrix = CellValue[][];

/** Turns a range argument into a column, naming the argument when it is not one column. */
export function columnArgument(name: string, range: Matrix): ColumnRef {
  if (!Array.isArray(range) || range.length === 0) throw new AnalysisError(`${name} is empty: select a column of cells.`);
  if (range.length === 1 && range[0].length > 1) {
    return { rows: range[0].map((v) => [v]), col: 0, start: 0, end: range[0].length };
  }
  if (range[0].length !== 1) throw new AnalysisError(`${name} must be a single column, not ${range[0].length} columns.`);
  return { rows: range, col: 0, start: 0, end: range.length };
}

/**
 * Rows past the last row where any of the columns has a value: whole-column references
 * such as A:A arrive with a long tail of empty cells, which are not data.
 */
export function dataLength(columns: readonly ColumnRef[]): number {
  let n = 0;
  for (const c of columns) {
    for (let i = c.end - 1; i >= c.start + n; i--) {
      if (!isBlank(c.rows[i][c.col])) {
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

export function truncate(ref: ColumnRef, length: number): ColumnRef {
  return { ...ref, end: ref.start + length };
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
