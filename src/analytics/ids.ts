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

/** The dense window: its first size, the span it may always reach, and beyond that the slots allowed per id. */
const MIN_WINDOW = 1 << 16;
const FREE_SPAN = 1 << 20;
const SLOTS_PER_ID = 8;

/**
 * Interns ids to dense integer keys 0..n-1 in order of first appearance. Integer ids (the common
 * case: customer numbers, invoice numbers) are looked up in an array indexed by id − base, not
 * hashed: a Map lookup per row was over half of ingest. The window grows while it stays within a
 * few slots per id; once an integer has gone to the Map the window is fixed, so an id always
 * lives in one place. The previous id is remembered, since an order's lines are adjacent.
 */
export class IdIndex {
  private readonly keys = new Map<Id, number>();
  /** Key + 1 per id − base; 0 when unseen. */
  private slots = new Int32Array(0);
  private base = 0;
  private windowFixed = false;
  private lastId: Id | undefined;
  private lastKey = -1;
  private count = 0;
  // Ids by key: integers in a typed buffer (growing a JS array by 500,000 pushes cost more than
  // the lookups), the others beside it; `ids` puts them together when read.
  private integerIds: Float64Array;
  private otherKeys: number[] = [];
  private otherIds: Id[] = [];
  private listed: Id[] | undefined;

  /** `capacity`: how many ids to make room for at first (ingest gives the row count: it only costs what is touched). */
  constructor(capacity = 1024) {
    this.integerIds = new Float64Array(Math.max(16, capacity));
  }

  keyOf(id: Id): number {
    if (id === this.lastId) return this.lastKey;
    const k = typeof id === 'number' && Number.isInteger(id) ? this.integerKey(id) : this.mapKey(id);
    this.lastId = id;
    this.lastKey = k;
    return k;
  }

  get size(): number {
    return this.count;
  }

  /** The ids in order of first appearance (index = key). */
  get ids(): Id[] {
    if (this.listed?.length === this.count) return this.listed;
    const ids: Id[] = new Array(this.count);
    for (let k = 0; k < this.count; k++) ids[k] = this.integerIds[k];
    for (let j = 0; j < this.otherKeys.length; j++) ids[this.otherKeys[j]] = this.otherIds[j];
    return (this.listed = ids);
  }

  /** A new key for id. */
  private add(id: Id): number {
    const k = this.count++;
    if (k === this.integerIds.length) {
      const grown = new Float64Array(2 * k);
      grown.set(this.integerIds);
      this.integerIds = grown;
    }
    if (typeof id === 'number' && Number.isInteger(id)) this.integerIds[k] = id;
    else {
      this.otherKeys.push(k);
      this.otherIds.push(id);
    }
    return k;
  }

  private integerKey(id: number): number {
    let slot = id - this.base;
    if ((slot < 0 || slot >= this.slots.length) && this.grow(id)) slot = id - this.base;
    if (slot < 0 || slot >= this.slots.length) return this.mapKey(id);
    const k = this.slots[slot];
    if (k > 0) return k - 1;
    const key = this.add(id);
    this.slots[slot] = key + 1;
    return key;
  }

  /** Widens the window to hold id, unless fixed or too sparse; whether it did. */
  private grow(id: number): boolean {
    if (this.windowFixed) return false;
    const empty = this.slots.length === 0;
    const lo = empty ? id : Math.min(this.base, id);
    const hi = empty ? id : Math.max(this.base + this.slots.length - 1, id);
    const need = hi - lo + 1;
    if (need > Math.max(FREE_SPAN, SLOTS_PER_ID * (this.count + 1))) return false;
    // Room on both sides, so that a run of rising or falling ids does not copy each time.
    const size = Math.max(MIN_WINDOW, 2 * need);
    const base = empty ? id - (size >> 2) : lo - ((size - need) >> 1);
    const slots = new Int32Array(size);
    if (!empty) slots.set(this.slots, this.base - base);
    this.slots = slots;
    this.base = base;
    return true;
  }

  private mapKey(id: Id): number {
    if (typeof id === 'number' && Number.isInteger(id)) this.windowFixed = true;
    let k = this.keys.get(id);
    if (k === undefined) {
      k = this.add(id);
      this.keys.set(id, k);
    }
    return k;
  }
}
