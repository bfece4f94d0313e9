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
  // Typed sums per segment: objects whose sums start as 0 and turn fractional change hidden class on the way.
  const customers = new Float64Array(names.length);
  const revenues = new Float64Array(names.length);
  const orders = new Float64Array(names.length);
  const recency = new Float64Array(names.length);
  const r = new Float64Array(names.length);
  const f = new Float64Array(names.length);
  const m = new Float64Array(names.length);
  for (let i = 0; i < t.size; i++) {
    const k = codes[i];
    customers[k]++;
    revenues[k] += t.monetary[i];
    orders[k] += t.frequency[i];
    recency[k] += t.recencyDays[i];
    r[k] += t.r[i];
    f[k] += t.f[i];
    m[k] += t.m[i];
  }
  const revenue = sum(t.monetary);
  return names
    .map((segment, k) => ({
      segment,
      customers: customers[k],
      customerShare: share(customers[k], t.size),
      revenue: revenues[k],
      revenueShare: share(revenues[k], revenue),
      orders: orders[k],
      aov: share(revenues[k], orders[k]),
      avgRecencyDays: share(recency[k], customers[k]),
      avgFrequency: share(orders[k], customers[k]),
      avgMonetary: share(revenues[k], customers[k]),
      avgR: share(r[k], customers[k]),
      avgF: share(f[k], customers[k]),
      avgM: share(m[k], customers[k]),
    }))
    .filter((row) => row.customers > 0);
}
