import { CellValue, isBlank } from './cells';

/** A customer or order id: a number, or trimmed text. */
export type Id = number | string;

// "17850.0" (ids exported through a float column) means 17850; "00017" keeps its zeros.
const CANONICAL_NUMBER = /^-?(0|[1-9]\d*)(\.0+)?$/;

/** Normalises an id cell; undefined when the cell is blank. */
export function normalizeId(v: CellValue): Id | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'boolean') return String(v).toUpperCase();
  if (isBlank(v)) return undefined;
  const s = (v as string).trim();
  if (CANONICAL_NUMBER.test(s) && s.length < 16) return Number(s);
  return s;
}

/** Numbers first, numerically; then text by code point. The tie-break order of DESIGN.md. */
export function compareIds(a: Id, b: Id): number {
  const na = typeof a === 'number';
  const nb = typeof b === 'number';
  if (na && nb) return (a as number) - (b as number);
  if (na) return -1;
  if (nb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Interns ids to dense integer keys 0..n-1 in order of first appearance. */
export class IdIndex {
  readonly ids: Id[] = [];
  private readonly keys = new Map<Id, number>();

  keyOf(id: Id): number {
    let k = this.keys.get(id);
    if (k === undefined) {
      k = this.ids.length;
      this.keys.set(id, k);
      this.ids.push(id);
    }
    return k;
  }

  get size(): number {
    return this.ids.length;
  }
}
