import { isoFromSerial } from '../dates';
import { NumericColumn } from '../dimensions';
import { AnalysisContext, moneySum, ratio, sum } from './context';
import { ReturnGroup, overallReturns } from './returns';
import { reportRows } from './rows';
import { TrendRow, trendByYear } from './trend';

export interface YearRevenue {
  year: string;
  revenue: number;
}

export interface Kpis {
  /** Σ customer monetary. */
  revenue: number;
  /** Σ customer frequency. */
  orders: number;
  customers: number;
  /** revenue / orders. */
  aov: number | null;
  revenuePerCustomer: number | null;
  /** Mean age of customers with an age from 0 to 120; null without an age attribute. */
  averageAge: number | null;
  /** Mean rating over rows with a rating; null without a rating column. */
  averageRating: number | null;
  /** Customers with 2 or more orders / customers. */
  repeatRate: number | null;
  /** Orders with a returned status / orders with a known status. */
  returnRate: number | null;
  returnedRevenue: number;
  /** returned revenue / gross sales. */
  returnedRevenueShare: number | null;
  /** Among years with orders; ties go to the earlier year. */
  bestYear: YearRevenue | null;
  worstYear: YearRevenue | null;
  firstOrderDate: string | null;
  lastOrderDate: string | null;
  asOfDate: string;
}

function averageAge(ages: readonly (string | number | null)[] | undefined): number | null {
  if (!ages) return null;
  let total = 0;
  let n = 0;
  for (const a of ages) if (typeof a === 'number' && a >= 0 && a <= 120) (total += a), n++;
  return ratio(total, n);
}

function averageOf(col: NumericColumn | undefined, used: Int32Array): number | null {
  if (!col) return null;
  let total = 0;
  let n = 0;
  for (let i = 0; i < used.length; i++) if (used[i] >= 0 && !Number.isNaN(col.values[i])) (total += col.values[i]), n++;
  return ratio(total, n);
}

/** Best and worst year by revenue among years with orders (the earlier year wins a tie). */
export function bestAndWorstYear(years: readonly TrendRow[]): { best: YearRevenue | null; worst: YearRevenue | null } {
  let best: TrendRow | null = null;
  let worst: TrendRow | null = null;
  for (const y of years) {
    if (y.orders === 0) continue;
    if (!best || y.revenue > best.revenue) best = y;
    if (!worst || y.revenue < worst.revenue) worst = y;
  }
  const pick = (y: TrendRow | null) => (y ? { year: y.period, revenue: y.revenue } : null);
  return { best: pick(best), worst: pick(worst) };
}

/** The headline numbers; yearly trend and overall returns may be passed in when already computed. */
export function kpis(ctx: AnalysisContext, years: TrendRow[] = trendByYear(ctx), returns: ReturnGroup = overallReturns(ctx)): Kpis {
  const { customers: t, tx } = ctx;
  const rows = reportRows(ctx);
  const revenue = moneySum(t.monetary);
  const orders = sum(t.frequency);
  let repeat = 0;
  for (let i = 0; i < t.size; i++) if (t.frequency[i] >= 2) repeat++;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < tx.rowCount; i++) {
    if (!rows.purchase[i]) continue;
    if (tx.day[i] < first) first = tx.day[i];
    if (tx.day[i] > last) last = tx.day[i];
  }
  const { best, worst } = bestAndWorstYear(years);
  return {
    revenue,
    orders,
    customers: t.size,
    aov: ratio(revenue, orders),
    revenuePerCustomer: ratio(revenue, t.size),
    averageAge: averageAge(t.attributes.age),
    averageRating: averageOf(tx.attributes.rating as NumericColumn | undefined, tx.customer),
    repeatRate: ratio(repeat, t.size),
    returnRate: returns.returnRate,
    returnedRevenue: returns.returnedRevenue,
    returnedRevenueShare: returns.returnedShare,
    bestYear: best,
    worstYear: worst,
    firstOrderDate: first <= last ? isoFromSerial(first) : null,
    lastOrderDate: first <= last ? isoFromSerial(last) : null,
    asOfDate: isoFromSerial(ctx.asOf),
  };
}
