import { AnalysisContext, share } from './context';
import { Period } from './periods';
import { reportGroupings } from './report-groupings';

export type { Period } from './periods';

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

const change = (cur: number, prev: number | undefined) => (prev === undefined || prev === 0 ? null : (cur - prev) / prev);

/** Revenue, orders and customers per year or month, every period from the first to the last, with the change vs the one before. */
export function trend(ctx: AnalysisContext, period: Period): TrendRow[] {
  const { labels, revenue, orders, customers } = reportGroupings(ctx).periods[period];
  return labels.map((label, k) => ({
    period: label,
    revenue: revenue[k],
    orders: orders[k],
    customers: customers[k],
    averageSpend: share(revenue[k], customers[k]),
    revenueChange: change(revenue[k], revenue[k - 1]),
    ordersChange: change(orders[k], orders[k - 1]),
    customersChange: change(customers[k], customers[k - 1]),
  }));
}
