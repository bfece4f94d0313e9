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
  const g = labels.length;
  const totals = labels.map((group) => ({ group, revenue: 0, orders: 0, customers: 0 }));
  const orderSeen = new Set<number>();
  const customerSeen = new Set<number>();
  for (let i = 0; i < rows; i++) {
    if (!include(i)) continue;
    const k = groupOf(i);
    if (k < 0) continue;
    const t = totals[k];
    t.revenue += revenue[i];
    if (!isPurchase(i)) continue;
    const ok = order[i] * g + k;
    if (!orderSeen.has(ok)) {
      orderSeen.add(ok);
      t.orders++;
    }
    const ck = customer[i] * g + k;
    if (!customerSeen.has(ck)) {
      customerSeen.add(ck);
      t.customers++;
    }
  }
  return totals;
}
