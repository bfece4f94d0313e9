import { isoFromSerial } from '../dates';
import { AnalysisContext, share, sum } from './context';
import { reportGroupings } from './report-groupings';
import { rowFacts } from './report-groupings';
import { TrendRow, trend } from './trend';

export interface Kpis {
  revenue: number;
  orders: number;
  customers: number;
  aov: number;
  revenuePerCustomer: number;
  averageAge: number | null;
  repeatRate: number;
  returnRate: number | null;
  returnedRevenue: number;
  returnedRevenueShare: number;
  bestYear: { year: string; revenue: number } | null;
  worstYear: { year: string; revenue: number } | null;
  firstOrderDate: string;
  lastOrderDate: string;
  asOfDate: string;
}

function averageOf(values: readonly (string | number | null)[] | undefined): number | null {
  if (!values) return null;
  let s = 0;
  let n = 0;
  for (const v of values) if (typeof v === 'number') (s += v), n++;
  return n === 0 ? null : s / n;
}

/** The headline numbers of the report. */
export function kpis(ctx: AnalysisContext, years: TrendRow[] = trend(ctx, 'year')): Kpis {
  const { customers: t } = ctx;
  const { revenue, firstPurchaseDay, lastPurchaseDay } = reportGroupings(ctx);
  const orders = sum(t.frequency);
  let repeat = 0;
  for (let i = 0; i < t.size; i++) if (t.frequency[i] >= 2) repeat++;
  const byRevenue = [...years].sort((a, b) => b.revenue - a.revenue);
  const { returns } = rowFacts(ctx);
  return {
    revenue,
    orders,
    customers: t.size,
    aov: share(revenue, orders),
    revenuePerCustomer: share(revenue, t.size),
    averageAge: averageOf(t.attributes.age),
    repeatRate: share(repeat, t.size),
    returnRate: returns.knownOrders === 0 ? null : returns.returnedOrders / returns.knownOrders,
    returnedRevenue: returns.returnedRevenue,
    returnedRevenueShare: share(returns.returnedRevenue, returns.grossSales),
    bestYear: byRevenue.length ? { year: byRevenue[0].period, revenue: byRevenue[0].revenue } : null,
    worstYear: byRevenue.length ? { year: byRevenue[byRevenue.length - 1].period, revenue: byRevenue[byRevenue.length - 1].revenue } : null,
    firstOrderDate: isoFromSerial(firstPurchaseDay),
    lastOrderDate: isoFromSerial(lastPurchaseDay),
    asOfDate: isoFromSerial(ctx.asOf),
  };
}
