import { OrderGroups } from './order-groups';
import { PairSet } from './pair-set';

/** Aggregates per group over rows: revenue, distinct orders and distinct customers. */
export interface GroupTotals {
  group: string;
  revenue: number;
  orders: number;
  customers: number;
}

/**
 * Sums `revenue` per group over the included rows and counts the distinct orders and
 * customers of the group's purchase rows. `groupOf(i)` gives row i's group (-1 to skip it).
 */
export function groupTotals(
  rows: number,
  labels: readonly string[],
  groupOf: (i: number) => number,
  revenue: Float64Array,
  order: Int32Array,
  customer: Int32Array,
  include: (i: number) => boolean,
  isPurchase: (i: number) => boolean,
): GroupTotals[] {
  const totals = labels.map((group) => ({ group, revenue: 0, orders: 0, customers: 0 }));
  let orderKeys = 0;
  for (let i = 0; i < rows; i++) if (order[i] >= orderKeys) orderKeys = order[i] + 1;
  const orderSeen = new OrderGroups(orderKeys);
  const customerSeen = new PairSet(4096);
  for (let i = 0; i < rows; i++) {
    if (!include(i)) continue;
    const k = groupOf(i);
    if (k < 0) continue;
    const t = totals[k];
    t.revenue += revenue[i];
    if (!isPurchase(i)) continue;
    if (orderSeen.mark(order[i], k, 1)) t.orders++;
    if (customerSeen.add(customer[i], k)) t.customers++;
  }
  return totals;
}

/** Largest customer × group bitmap (16 MB) before distinct customers are hashed instead. */
const BITMAP_BITS = 1 << 27;

/**
 * groupTotals over typed columns: `groups` gives each row's group (-1 skips it), `counted` the
 * rows that count (scored customers' rows). No callback per row: the report runs this over a
 * million rows for every dimension and period.
 */
export function groupTotalsOf(
  labels: readonly string[],
  groups: Int32Array,
  revenue: Float64Array,
  order: Int32Array,
  customer: Int32Array,
  counted: Uint8Array,
  isReturn: Uint8Array,
): GroupTotals[] {
  const g = labels.length;
  const sums = new Float64Array(g);
  const orders = new Float64Array(g);
  const customers = new Float64Array(g);
  let orderKeys = 0;
  let customerKeys = 0;
  for (let i = 0; i < order.length; i++) {
    if (order[i] >= orderKeys) orderKeys = order[i] + 1;
    if (customer[i] >= customerKeys) customerKeys = customer[i] + 1;
  }
  const orderSeen = new OrderGroups(orderKeys, g);
  // Customer × group as a bitmap while it stays small (months, categories), else pairs hashed.
  const bitmap = customerKeys * g <= BITMAP_BITS ? new Uint8Array((customerKeys * g + 7) >> 3) : undefined;
  const customerSeen = bitmap ? undefined : new PairSet(groups.length >> 3);
  for (let i = 0; i < groups.length; i++) {
    const k = groups[i];
    if (!counted[i] || k < 0) continue;
    sums[k] += revenue[i];
    if (isReturn[i]) continue;
    if (orderSeen.mark(order[i], k, 1)) orders[k]++;
    if (bitmap) {
      const bit = customer[i] * g + k;
      const mask = 1 << (bit & 7);
      if (!(bitmap[bit >> 3] & mask)) {
        bitmap[bit >> 3] |= mask;
        customers[k]++;
      }
    } else if (customerSeen!.add(customer[i], k)) customers[k]++;
  }
  return labels.map((group, k) => ({ group, revenue: sums[k], orders: orders[k], customers: customers[k] }));
}

/** Each row's group from dictionary codes: the code, or `blank` where the cell was blank (code −1). */
export function groupsOfCodes(codes: Int32Array, blank: number): Int32Array {
  const out = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = codes[i] < 0 ? blank : codes[i];
  return out;
}
