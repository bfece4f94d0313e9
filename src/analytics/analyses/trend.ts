import { AnalysisContext, rowRevenue, scoredRow, share } from './context';
import { groupTotals } from './group-by';

export type Period = 'year' | 'month';

export interface TrendRow {
  period: string;
  revenue: number;
  orders: number;
  customers: number;
  /** Revenue per customer who bought in the period. */
  averageSpend: number;
  /** Change against the previous period, as a fraction (null for the first, or after a zero). */
  revenueChange: number | null;
  ordersChange: number | null;
  customersChange: number | null;
}

/** Year and month of an Excel serial day, as a period index (months since year 0). */
function monthIndex(serial: number): number {
  const d = new Date((serial - 25569) * 86400000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

const change = (cur: number, prev: number | undefined) => (prev === undefined || prev === 0 ? null : (cur - prev) / prev);

/** Revenue, orders and customers per year or month, every period from the first to the last, with the change vs the one before. */
export function trend(ctx: AnalysisContext, period: Period, orderKey: Int32Array): TrendRow[] {
  const { tx } = ctx;
  const index = (i: number) => {
    const m = monthIndex(tx.day[i]);
    return period === 'year' ? Math.floor(m / 12) : m;
  };
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < tx.rowCount; i++) {
    if (!scoredRow(ctx, i)) continue;
    const p = index(i);
    lo = Math.min(lo, p);
    hi = Math.max(hi, p);
  }
  if (lo > hi) return [];
  const labels = Array.from({ length: hi - lo + 1 }, (_, k) => {
    const p = lo + k;
    return period === 'year' ? String(p) : `${Math.floor(p / 12)}-${String((p % 12) + 1).padStart(2, '0')}`;
  });
  const totals = groupTotals(tx.rowCount, labels, (i) => index(i) - lo, rowRevenue(ctx), orderKey, tx.customer, (i) => scoredRow(ctx, i), (i) => !tx.isReturn[i]);
  return totals.map((t, k) => ({
    period: t.group,
    revenue: t.revenue,
    orders: t.orders,
    customers: t.customers,
    averageSpend: share(t.revenue, t.customers),
    revenueChange: change(t.revenue, totals[k - 1]?.revenue),
    ordersChange: change(t.orders, totals[k - 1]?.orders),
    customersChange: change(t.customers, totals[k - 1]?.customers),
  }));
}
