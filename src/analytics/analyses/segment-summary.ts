import { segmentNames } from '../rule-tables';
import { AnalysisContext, share, sum } from './context';

export interface SegmentSummaryRow {
  segment: string;
  customers: number;
  customerShare: number;
  revenue: number;
  revenueShare: number;
  orders: number;
  aov: number;
  avgRecencyDays: number;
  avgFrequency: number;
  avgMonetary: number;
  avgR: number;
  avgF: number;
  avgM: number;
}

/** Per segment of a scheme, in the rule table's order (fallback last); segments without customers are left out. */
export function segmentSummary(ctx: AnalysisContext, scheme: string): SegmentSummaryRow[] {
  const t = ctx.customers;
  const names = segmentNames(ctx.options.ruleTables[scheme]);
  const codes = t.segmentCodes[scheme];
  const acc = names.map(() => ({ customers: 0, revenue: 0, orders: 0, recency: 0, r: 0, f: 0, m: 0 }));
  for (let i = 0; i < t.size; i++) {
    const a = acc[codes[i]];
    a.customers++;
    a.revenue += t.monetary[i];
    a.orders += t.frequency[i];
    a.recency += t.recencyDays[i];
    a.r += t.r[i];
    a.f += t.f[i];
    a.m += t.m[i];
  }
  const revenue = sum(t.monetary);
  return names
    .map((segment, k) => {
      const a = acc[k];
      return {
        segment,
        customers: a.customers,
        customerShare: share(a.customers, t.size),
        revenue: a.revenue,
        revenueShare: share(a.revenue, revenue),
        orders: a.orders,
        aov: share(a.revenue, a.orders),
        avgRecencyDays: share(a.recency, a.customers),
        avgFrequency: share(a.orders, a.customers),
        avgMonetary: share(a.revenue, a.customers),
        avgR: share(a.r, a.customers),
        avgF: share(a.f, a.customers),
        avgM: share(a.m, a.customers),
      };
    })
    .filter((row) => row.customers > 0);
}
