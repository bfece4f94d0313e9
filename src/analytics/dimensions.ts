import { CellValue, ColumnRef, cellAt, columnLength, isBlank, isExcelError } from './cells';
import { ColumnQuality } from './ingest';
import { parseNumber } from './numbers';
import { Role } from './roles';
import { TextCodes } from './text-codes';

/**
 * A category column's code per row, as narrow as its labels allow (-1 is blank): ingest writes
 * one per row and the report's pass reads one per row and grouping, so a column of a few labels
 * takes a byte a row, not four.
 */
export type Codes = Int8Array | Int16Array | Int32Array;

/** A categorical column, dictionary-encoded: codes index labels; -1 is blank. */
export interface DimensionColumn {
  kind: 'category';
  name: string;
  codes: Codes;
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

/** Up to this many labels a column settles a cell by its shape; beyond, by its tail. */
export const FEW_LABELS = 32;
const SHAPES = 256;
const TAILS = 4096;

/** Length and last character, as one of 256 slots: labels of a small column rarely share both. */
export function shapeOf(s: string): number {
  return (s.length * 31 + s.charCodeAt(s.length - 1)) & (SHAPES - 1);
}

/** Length and last three characters, as one of 4,096 slots after the shapes': product codes and names of a few hundred labels mostly differ there. */
function tailOf(s: string): number {
  const n = s.length;
  return SHAPES + ((n * 7919 + s.charCodeAt(n - 1) + 31 * s.charCodeAt(n - 2) + 961 * s.charCodeAt(n - 3)) & (TAILS - 1));
}

/**
 * What a slot holds before its first string: one no cell of that slot can equal ('a' has a shape
 * of its own, and a tail is taken of three characters or more). Strings from the start, not
 * undefined: comparing a cell with undefined taught the comparison that it meets any type, and
 * then every cell went through V8's generic equality before the string one (~2 ms an ingest).
 */
const NO_STRING_OF_SLOT: readonly string[] = Array.from({ length: SHAPES + TAILS }, (_, slot) => (slot === shapeOf('a') ? 'b' : 'a'));

function markEmpty(quality: ColumnQuality | undefined, i: number): void {
  if (quality && quality.empty++ === 0) quality.firstEmptyRow = i + 1;
}

/**
 * Dictionary-encodes a column one cell at a time (blank → -1; labels in order of first
 * appearance), so that ingest reads each row once rather than once per column.
 */
export class CategoryEncoder {
  /** Widened (copied into wider codes) when a label's code outgrows them. */
  codes: Codes;
  readonly labels: string[] = [];
  private readonly index = new Map<string, number>();
  /** Raw strings already coded, so that a repeated one is neither trimmed nor looked up by label. */
  private readonly seen = new TextCodes();
  // The last string coded per slot (a shape or a tail): one comparison with it usually settles
  // a cell without hashing it. Read by the compiled row pass too (ingest-pass.ts), which settles
  // such a cell in its own code.
  readonly lastOfSlot: string[] = NO_STRING_OF_SLOT.slice();
  readonly codeOfSlot = new Int32Array(SHAPES + TAILS);

  constructor(readonly name: string, rows: number, private readonly quality?: ColumnQuality) {
    this.codes = new Int8Array(rows);
  }

  /** Encodes cell i; returns its code. */
  add(v: CellValue, i: number): number {
    // The code first, then the store: coding a new label may widen `codes`. A string equal to the
    // last one of its slot (most cells) is settled here, in the caller's inlined code.
    let code: number;
    if (typeof v === 'string') {
      const slot = this.slotOf(v);
      code = slot >= 0 && this.lastOfSlot[slot] === v ? this.codeOfSlot[slot] : this.codeOfNewText(v, i, slot);
    } else code = this.addLabel(labelOf(v), i);
    this.codes[i] = code;
    return code;
  }

  /** A string's slot: by shape in a column of few labels, else by tail; -1 for free text (the raw-string table full) or too short for a tail. */
  slotOf(v: string): number {
    if (this.labels.length <= FEW_LABELS) return shapeOf(v);
    return this.seen.full || v.length < 3 ? -1 : tailOf(v);
  }

  /** A string not the last of its slot: coded through the tables, and made the slot's last (not stored in `codes`). */
  codeOfNewText(v: string, i: number, slot: number): number {
    const code = this.codeOfText(v, i);
    if (slot >= 0 && code >= 0) {
      this.lastOfSlot[slot] = v;
      this.codeOfSlot[slot] = code;
    }
    return code;
  }

  /** The column so far: take it after the last add, since coding a new label may widen `codes`. */
  column(): DimensionColumn {
    return { kind: 'category', name: this.name, codes: this.codes, labels: this.labels };
  }

  private codeOfText(v: string, i: number): number {
    // Once full, most strings of such a column are not in the table: hashing them there first
    // would only add to the label lookup.
    const known = this.seen.full ? -1 : this.seen.get(v);
    return known >= 0 ? known : this.addText(v, i);
  }

  /** A raw string not coded before: its label is the trimmed text (blank or an Excel error: none). */
  private addText(v: string, i: number): number {
    const label = v.charCodeAt(0) === 35 && isExcelError(v) ? '' : v.trim();
    const code = this.addLabel(label === '' ? undefined : label, i);
    if (code >= 0) this.seen.set(v, code);
    return code;
  }

  private addLabel(label: string | undefined, i: number): number {
    if (label === undefined) {
      markEmpty(this.quality, i);
      return -1;
    }
    let code = this.index.get(label);
    if (code === undefined) {
      code = this.labels.length;
      this.index.set(label, code);
      this.labels.push(label);
      if (code === 0x80 || code === 0x8000) this.widen(code);
    }
    return code;
  }

  /** Codes one size wider, the rows coded so far copied: at the 129th label and the 32,769th. */
  private widen(code: number): void {
    const wider = code === 0x80 ? new Int16Array(this.codes.length) : new Int32Array(this.codes.length);
    wider.set(this.codes);
    this.codes = wider;
  }
}

/** Reads a numeric column one cell at a time, counting blanks and unreadable values. */
export class NumberEncoder {
  readonly values: Float64Array;

  constructor(readonly name: string, rows: number, private readonly quality?: ColumnQuality) {
    this.values = new Float64Array(rows);
  }

  add(v: CellValue, i: number): number {
    if (typeof v === 'number' && Number.isFinite(v)) return (this.values[i] = v);
    if (isBlank(v)) {
      markEmpty(this.quality, i);
      return (this.values[i] = NaN);
    }
    const x = isExcelError(v) ? NaN : parseNumber(v);
    if (Number.isNaN(x) && this.quality && this.quality.unparseable++ === 0) this.quality.firstUnparseableRow = i + 1;
    return (this.values[i] = x);
  }

  column(): NumericColumn {
    return { kind: 'number', name: this.name, values: this.values };
  }
}

/** Dictionary-encodes a column of labels (blank → -1); labels in order of first appearance. */
export function encodeCategory(name: string, ref: ColumnRef, quality?: ColumnQuality): DimensionColumn {
  const encoder = new CategoryEncoder(name, columnLength(ref), quality);
  for (let i = 0; i < encoder.codes.length; i++) encoder.add(cellAt(ref, i), i);
  return encoder.column();
}

/** Reads a numeric column, counting blanks and unreadable values. */
export function encodeNumber(name: string, ref: ColumnRef, quality?: ColumnQuality): NumericColumn {
  const encoder = new NumberEncoder(name, columnLength(ref), quality);
  for (let i = 0; i < encoder.values.length; i++) encoder.add(cellAt(ref, i), i);
  return encoder.column();
}
