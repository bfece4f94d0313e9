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

/** Integer ids live in pages of 2¹⁶ slots, each allocated when first touched. */
const PAGE_BITS = 16;
const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SIZE - 1;
/** The span of integers the window may always cover, and beyond that the slots allowed per id. */
const FREE_SPAN = 1 << 20;
const SLOTS_PER_ID = 8;

export interface IdIndexOptions {
  /** Whether `ids` will be read; ingest only counts orders, and their list cost 8 MB at 1,000,000 rows. */
  listIds?: boolean;
}

/**
 * Interns ids to dense integer keys 0..n-1 in order of first appearance. Integer ids (the common
 * case: customer numbers, invoice numbers) are looked up in slots indexed by id − base, not
 * hashed: a Map lookup per row was over half of ingest. The window of slots widens while it
 * stays within a few slots per id; once an integer has gone to the Map the window is fixed, so
 * an id always lives in one place. The previous id is remembered, since an order's lines are
 * adjacent. Slots come in pages, not one array copied as it grows: V8 counts every typed-array
 * byte allocated towards its next full GC (docs/performance.md, finding 10).
 */
export class IdIndex {
  private readonly keys = new Map<Id, number>();
  /** Per page of the window, key + 1 per id − base (0 when unseen). */
  private pages: (Int32Array | undefined)[] = [];
  /** The id of the first slot of page 0 (a multiple of the page size). */
  private base = 0;
  /** Slots the pages cover: pages.length × page size. */
  private slotCount = 0;
  /** The lowest and highest integer ids in the window. */
  private lo = Infinity;
  private hi = -Infinity;
  private windowFixed = false;
  // NaN, equal to no id, rather than undefined: a number compared with undefined taught the
  // comparison to expect any type, and V8's generic equality then ran at every row.
  private lastId: Id = NaN;
  private lastKey = -1;
  private count = 0;
  private readonly listIds: boolean;
  // Ids by key: integers in a typed buffer (growing a JS array by 500,000 pushes cost more than
  // the lookups), the others beside it; `ids` puts them together when read.
  private integerIds: Float64Array;
  private otherKeys: number[] = [];
  private otherIds: Id[] = [];
  private listed: Id[] | undefined;

  constructor({ listIds = true }: IdIndexOptions = {}) {
    this.listIds = listIds;
    this.integerIds = new Float64Array(listIds ? 1024 : 0);
  }

  keyOf(id: Id): number {
    if (id === this.lastId) return this.lastKey;
    const k = typeof id === 'number' && Number.isInteger(id) ? this.keyOfInteger(id) : this.mapKey(id);
    this.lastId = id;
    this.lastKey = k;
    return k;
  }

  get size(): number {
    return this.count;
  }

  /** The ids in order of first appearance (index = key). */
  get ids(): Id[] {
    if (!this.listIds) throw new Error('This IdIndex does not list its ids (listIds: false).');
    if (this.listed?.length === this.count) return this.listed;
    const ids: Id[] = new Array(this.count);
    for (let k = 0; k < this.count; k++) ids[k] = this.integerIds[k];
    for (let j = 0; j < this.otherKeys.length; j++) ids[this.otherKeys[j]] = this.otherIds[j];
    return (this.listed = ids);
  }

  /** A new key for id. */
  private add(id: Id): number {
    const k = this.count++;
    if (!this.listIds) return k;
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

  /** keyOf for an id known to be a whole number, without keyOf's checks (a third of a lookup at a million rows). */
  keyOfInteger(id: number): number {
    const slot = id - this.base;
    if (slot >= 0 && slot < this.slotCount) {
      const page = this.pages[slot >>> PAGE_BITS];
      if (page !== undefined) {
        const k = page[slot & PAGE_MASK];
        if (k > 0) return k - 1;
        const key = this.add(id);
        page[slot & PAGE_MASK] = key + 1;
        return key;
      }
    }
    return this.widen(id) ? this.keyOfInteger(id) : this.mapKey(id);
  }

  /** Makes room for id in the window (its page, and the pages before or after), unless fixed or too sparse; whether it did. */
  private widen(id: number): boolean {
    if (this.windowFixed) return false;
    const lo = Math.min(this.lo, id);
    const hi = Math.max(this.hi, id);
    if (hi - lo + 1 > Math.max(FREE_SPAN, SLOTS_PER_ID * (this.count + 1))) return false;
    if (this.slotCount === 0) this.base = pageStart(id);
    if (id < this.base) {
      const before = (this.base - pageStart(id)) / PAGE_SIZE;
      this.pages = [...new Array<undefined>(before), ...this.pages];
      this.base = pageStart(id);
    }
    const page = Math.floor((id - this.base) / PAGE_SIZE);
    while (this.pages.length <= page) this.pages.push(undefined);
    this.pages[page] ??= new Int32Array(PAGE_SIZE);
    this.slotCount = this.pages.length * PAGE_SIZE;
    this.lo = lo;
    this.hi = hi;
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

/** The first id of the page that holds id. */
function pageStart(id: number): number {
  return id - (((id % PAGE_SIZE) + PAGE_SIZE) % PAGE_SIZE);
}
