import { AnalysisContext, ratio } from './context';
import { monthLabel, monthOfSerial } from './calendar';
import { rowTotals } from './grouping';
import { reportRows } from './rows';

export type Period = 'year' | 'month';

export interface TrendRow {
  /** "2023" or "2023-04". */
  period: string;
  /** Σ row revenue (purchases and, with returns "net", credit notes dated in the period). */
  revenue: number;
  orders: number;
  /** Customers with a purchase in the period. */
  customers: number;
  /** Average spend: revenue / customers of the period (null when none bought). */
  averageSpend: number | null;
  /** (this − previous) / |previous|; null for the first period or after a zero. */
  revenueChange: number | null;
  ordersChange: number | null;
  customersChange: number | null;
}

export interface Trend {
  yearly: TrendRow[];
  monthly: TrendRow[];
}

export function change(current: number, previous: number | undefined): number | null {
  return previous === undefined || previous === 0 ? null : (current - previous) / Math.abs(previous);
}

/**
 * Revenue, orders and customers per period, every period from the first to the last that
 * has a counted row (empty ones in between included, with zeros).
 */
export function trendBy(ctx: AnalysisContext, period: Period): TrendRow[] {
  const { tx } = ctx;
  const rows = reportRows(ctx);
  const code = new Int32Array(tx.rowCount).fill(-1);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < tx.rowCount; i++) {
    if (rows.customer[i] < 0 || (!rows.purchase[i] && rows.revenue[i] === 0)) continue;
    const m = monthOfSerial(tx.day[i]);
    const p = period === 'year' ? Math.floor(m / 12) : m;
    code[i] = p;
    if (p < lo) lo = p;
    if (p > hi) hi = p;
  }
  if (lo > hi) return [];
  for (let i = 0; i < code.length; i++) if (code[i] >= 0) code[i] -= lo;
  const labels = Array.from({ length: hi - lo + 1 }, (_, k) => (period === 'year' ? String(lo + k) : monthLabel(lo + k)));
  const t = rowTotals(rows, { labels, code });
  return labels.map((label, k) => ({
    period: label,
    revenue: t.revenue[k],
    orders: t.orders[k],
    customers: t.customers[k],
    averageSpend: ratio(t.revenue[k], t.customers[k]),
    revenueChange: k === 0 ? null : change(t.revenue[k], t.revenue[k - 1]),
    ordersChange: k === 0 ? null : change(t.orders[k], t.orders[k - 1]),
    customersChange: k === 0 ? null : change(t.customers[k], t.customers[k - 1]),
  }));
}

export const trendByYear = (ctx: AnalysisContext): TrendRow[] => trendBy(ctx, 'year');
export const trendByMonth = (ctx: AnalysisContext): TrendRow[] => trendBy(ctx, 'month');

export function trend(ctx: AnalysisContext): Trend {
  return { yearly: trendByYear(ctx), monthly: trendByMonth(ctx) };
}
