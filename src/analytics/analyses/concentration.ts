import { AnalysisContext, share, sum } from './context';

export interface TopCustomerRow {
  rank: number;
  customer: string | number;
  revenue: number;
  orders: number;
  share: number;
  cumulativeShare: number;
}

export interface Concentration {
  /** Share of revenue from the top x% of customers (top ⌈x% × n⌉ by revenue). */
  topShares: { topPercent: number; customers: number; revenueShare: number }[];
  /** The fewest customers whose revenue reaches 80% of the total, and their share of customers. */
  customersFor80: number;
  customersFor80Share: number;
  /** Gini coefficient of customer revenue (negative revenue counted as 0). */
  gini: number;
  /** Cumulative revenue share by customer rank share, at most 200 points. */
  pareto: { customerShare: number; revenueShare: number }[];
}

/** Customer indices by revenue, largest first, ties by id (the table is in id order). */
export function byRevenue(ctx: AnalysisContext): Int32Array {
  return ctx.customers.byRevenue();
}

export function topCustomers(ctx: AnalysisContext, n = ctx.topN, order = byRevenue(ctx)): TopCustomerRow[] {
  const t = ctx.customers;
  const total = sum(t.monetary);
  let cumulative = 0;
  return Array.from(order.subarray(0, n), (i, k) => {
    cumulative += t.monetary[i];
    return { rank: k + 1, customer: t.ids[i], revenue: t.monetary[i], orders: t.frequency[i], share: share(t.monetary[i], total), cumulativeShare: share(cumulative, total) };
  });
}

/** Gini of the values (negatives as 0), ascending through `descending` read backwards: no second sort. */
function gini(values: Float64Array, descending: Int32Array): number {
  const n = descending.length;
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    const x = Math.max(0, values[descending[n - 1 - i]]);
    total += x;
    weighted += (i + 1) * x;
  }
  if (n === 0 || total === 0) return 0;
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

/** How concentrated revenue is among customers. */
export function concentration(ctx: AnalysisContext, order = byRevenue(ctx)): Concentration {
  const t = ctx.customers;
  const n = t.size;
  const total = sum(t.monetary);
  const cumulative = new Float64Array(n);
  let running = 0;
  for (let k = 0; k < n; k++) cumulative[k] = running += t.monetary[order[k]];
  const topShares = [1, 5, 10, 20].map((p) => {
    const k = Math.min(n, Math.ceil((p / 100) * n));
    return { topPercent: p, customers: k, revenueShare: share(k > 0 ? cumulative[k - 1] : 0, total) };
  });
  let for80 = n;
  for (let k = 0; k < n; k++) {
    if (cumulative[k] >= 0.8 * total) {
      for80 = k + 1;
      break;
    }
  }
  const step = Math.max(1, Math.ceil(n / 200));
  const pareto: Concentration['pareto'] = [];
  for (let k = step - 1; k < n; k += step) pareto.push({ customerShare: (k + 1) / n, revenueShare: share(cumulative[k], total) });
  if (n > 0 && pareto[pareto.length - 1]?.customerShare !== 1) pareto.push({ customerShare: 1, revenueShare: share(cumulative[n - 1], total) });
  return { topShares, customersFor80: for80, customersFor80Share: share(for80, n), gini: gini(t.monetary, order), pareto };
}
