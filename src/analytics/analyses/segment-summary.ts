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
  return segmentSummaries(ctx, [scheme])[scheme];
}

/**
 * segmentSummary of each scheme, in one walk over the customers: their metrics are read once
 * for every scheme. Sums in typed arrays, a block of segments per scheme: objects whose sums
 * start as 0 and turn fractional change hidden class on the way.
 */
export function segmentSummaries(ctx: AnalysisContext, schemes: string[]): Record<string, SegmentSummaryRow[]> {
  const t = ctx.customers;
  const names = schemes.map((scheme) => segmentNames(ctx.options.ruleTables[scheme]));
  const codes = schemes.map((scheme) => t.segmentCodes[scheme]);
  const offsets = new Int32Array(schemes.length);
  let width = 0;
  names.forEach((n, s) => ((offsets[s] = width), (width += n.length)));
  const customers = new Float64Array(width);
  const revenues = new Float64Array(width);
  const orders = new Float64Array(width);
  const recency = new Float64Array(width);
  const r = new Float64Array(width);
  const f = new Float64Array(width);
  const m = new Float64Array(width);
  const { monetary, frequency, recencyDays } = t;
  for (let i = 0; i < t.size; i++) {
    for (let s = 0; s < codes.length; s++) {
      const k = offsets[s] + codes[s][i];
      customers[k]++;
      revenues[k] += monetary[i];
      orders[k] += frequency[i];
      recency[k] += recencyDays[i];
      r[k] += t.r[i];
      f[k] += t.f[i];
      m[k] += t.m[i];
    }
  }
  const revenue = sum(monetary);
  const rows = (segment: string, k: number): SegmentSummaryRow => ({
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
  });
  return Object.fromEntries(schemes.map((scheme, s) => [scheme, names[s].map((segment, k) => rows(segment, offsets[s] + k)).filter((row) => row.customers > 0)]));
}
