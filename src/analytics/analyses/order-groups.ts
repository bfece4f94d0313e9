import { PairSet } from './pair-set';

/** Largest order × group bitmap (2 MB). */
const BITMAP_BITS = 1 << 24;

/**
 * Distinct (order, group) pairs, without a Set entry per pair (two Sets of order × group keys
 * were 40% of the RFM pipeline). An order's rows normally fall in one group, so the order's
 * first group and a few flag bits settle almost every row; an order whose rows span groups falls
 * back to a PairSet for the other groups. A row without an order id (key < 0) is an order of its own.
 */
export class OrderGroups {
  private readonly firstGroup: Int32Array;
  private readonly flags: Uint8Array;
  private spill: PairSet | undefined;
  /** With few groups (categories, statuses), three bits per (order, group) instead: orders often span them. */
  private readonly bitmap: Uint8Array | undefined;

  /** `groups`, when known, lets a small order × group table replace the first-group scheme. */
  constructor(orderCount: number, private readonly groups = 0) {
    const small = groups > 0 && orderCount * groups * 3 <= BITMAP_BITS;
    this.bitmap = small ? new Uint8Array((orderCount * groups * 3 + 7) >> 3) : undefined;
    this.firstGroup = new Int32Array(small ? 0 : orderCount).fill(-1);
    this.flags = new Uint8Array(small ? 0 : orderCount);
  }

  /** Sets flag `bit` (1, 2 or 4) of (order, group); whether it was not set before. */
  mark(order: number, group: number, bit: number): boolean {
    if (order < 0) return true;
    if (this.bitmap) {
      const at = (order * this.groups + group) * 3 + (bit >> 1);
      const mask = 1 << (at & 7);
      const byte = this.bitmap[at >> 3];
      this.bitmap[at >> 3] = byte | mask;
      return (byte & mask) === 0;
    }
    const first = this.firstGroup[order];
    if (first === group || first === -1) {
      this.firstGroup[order] = group;
      const f = this.flags[order];
      this.flags[order] = f | bit;
      return (f & bit) === 0;
    }
    this.spill ??= new PairSet(this.flags.length);
    return this.spill.add(order, group * 8 + bit);
  }
}
