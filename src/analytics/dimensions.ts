import { CellValue, ColumnRef, cellAt, columnLength, isBlank, isExcelError } from './cells';
import { ColumnQuality } from './ingest';
import { parseNumber } from './numbers';
import { Role } from './roles';

/** A categorical column, dictionary-encoded: codes index labels; -1 is blank. */
export interface DimensionColumn {
  kind: 'category';
  name: string;
  codes: Int32Array;
  labels: string[];
}

/** A numeric column (age, income, rating, quantity…); NaN where blank or unreadable. */
export interface NumericColumn {
  kind: 'number';
  name: string;
  values: Float64Array;
}

export type AttributeColumn = DimensionColumn | NumericColumn;

export const NUMERIC_ROLES: ReadonlySet<Role> = new Set<Role>(['quantity', 'unitPrice', 'rating', 'age', 'income']);
export const CATEGORY_ROLES: ReadonlySet<Role> = new Set<Role>([
  'status', 'category', 'product', 'payment', 'region', 'channel', 'gender', 'children', 'education', 'marital', 'language',
]);

export function labelOf(v: CellValue): string | undefined {
  if (isBlank(v)) return undefined;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v).trim();
}

/** Distinct raw strings remembered per column, compared before hashing (status, category and the like have few). */
const RECENT_STRINGS = 8;

/** Dictionary-encodes a column of labels (blank → -1); labels in order of first appearance. */
export function encodeCategory(name: string, ref: ColumnRef, quality?: ColumnQuality): DimensionColumn {
  const n = columnLength(ref);
  const codes = new Int32Array(n);
  const labels: string[] = [];
  const index = new Map<string, number>();
  // Each cell is a string of its own (Range.values is parsed JSON): comparing with the few
  // strings seen so far is cheaper than hashing every one for the Map.
  const recent: string[] = [];
  const recentCode: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = cellAt(ref, i);
    if (typeof v === 'string' && labels.length <= RECENT_STRINGS) {
      const j = recent.indexOf(v);
      if (j >= 0) {
        codes[i] = recentCode[j];
        continue;
      }
    }
    const label = isExcelError(v) ? undefined : labelOf(v);
    if (label === undefined) {
      codes[i] = -1;
      if (quality && quality.empty++ === 0) quality.firstEmptyRow = i + 1;
      continue;
    }
    let code = index.get(label);
    if (code === undefined) {
      code = labels.length;
      index.set(label, code);
      labels.push(label);
    }
    codes[i] = code;
    if (typeof v === 'string' && labels.length <= RECENT_STRINGS && recent.length < RECENT_STRINGS) {
      recent.push(v);
      recentCode.push(code);
    }
  }
  return { kind: 'category', name, codes, labels };
}

/** Reads a numeric column, counting blanks and unreadable values. */
export function encodeNumber(name: string, ref: ColumnRef, quality?: ColumnQuality): NumericColumn {
  const n = columnLength(ref);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = cellAt(ref, i);
    if (isBlank(v)) {
      values[i] = NaN;
      if (quality && quality.empty++ === 0) quality.firstEmptyRow = i + 1;
      continue;
    }
    const x = isExcelError(v) ? NaN : parseNumber(v);
    values[i] = x;
    if (Number.isNaN(x) && quality && quality.unparseable++ === 0) quality.firstUnparseableRow = i + 1;
  }
  return { kind: 'number', name, values };
}
