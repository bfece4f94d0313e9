import { PairSet } from './pair-set';

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

  constructor(orderCount: number) {
    this.firstGroup = new Int32Array(orderCount).fill(-1);
    this.flags = new Uint8Array(orderCount);
  }

  /** Sets flag `bit` (1, 2 or 4) of (order, group); whether it was not set before. */
  mark(order: number, group: number, bit: number): boolean {
    if (order < 0) return true;
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
