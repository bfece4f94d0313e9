import { AnalysisContext, rowRevenue, scoredRows, share } from './context';
import { groupTotalsOf } from './group-by';

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

/**
 * The period of a day, from a table over the days present (a Date per row was slow); days are
 * whole serials, so the table holds one entry per day between the first and the last.
 */
function periodsByDay(day: Float64Array, customer: Int32Array, period: Period): (d: number) => number {
  const of = (d: number) => (period === 'year' ? Math.floor(monthIndex(d) / 12) : monthIndex(d));
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < day.length; i++) {
    if (customer[i] < 0) continue;
    if (day[i] < lo) lo = day[i];
    if (day[i] > hi) hi = day[i];
  }
  if (!(hi - lo < 1 << 20) || !Number.isInteger(lo) || !Number.isInteger(hi)) return of;
  const table = new Int32Array(hi - lo + 1);
  for (let d = lo; d <= hi; d++) table[d - lo] = of(d);
  return (d) => (Number.isInteger(d) ? table[d - lo] : of(d));
}

const change = (cur: number, prev: number | undefined) => (prev === undefined || prev === 0 ? null : (cur - prev) / prev);

/** Revenue, orders and customers per year or month, every period from the first to the last, with the change vs the one before. */
export function trend(ctx: AnalysisContext, period: Period, orderKey: Int32Array): TrendRow[] {
  const { tx } = ctx;
  const periodOf = periodsByDay(tx.day, tx.customer, period);
  const scored = scoredRows(ctx);
  const periods = new Int32Array(tx.rowCount);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < tx.rowCount; i++) {
    if (!scored[i]) continue;
    const p = (periods[i] = periodOf(tx.day[i]));
    if (p < lo) lo = p;
    if (p > hi) hi = p;
  }
  if (lo > hi) return [];
  for (let i = 0; i < tx.rowCount; i++) periods[i] = scored[i] ? periods[i] - lo : -1;
  const labels = Array.from({ length: hi - lo + 1 }, (_, k) => {
    const p = lo + k;
    return period === 'year' ? String(p) : `${Math.floor(p / 12)}-${String((p % 12) + 1).padStart(2, '0')}`;
  });
  const totals = groupTotalsOf(labels, periods, rowRevenue(ctx), orderKey, tx.customer, scored, tx.isReturn);
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
