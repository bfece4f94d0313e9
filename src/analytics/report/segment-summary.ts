import { BUILT_IN_SCHEMES } from '../rule-tables';
import { AnalysisContext, moneySum, ratio, roundSums } from './context';

export interface SegmentSummaryRow {
  segment: string;
  customers: number;
  customerShare: number | null;
  /** Σ monetary of the segment's customers. */
  revenue: number;
  revenueShare: number | null;
  /** Σ frequency. */
  orders: number;
  /** revenue / orders. */
  aov: number | null;
  /** Averages over the segment's customers (null for a segment without customers). */
  avgRecencyDays: number | null;
  avgFrequency: number | null;
  avgMonetary: number | null;
  avgR: number | null;
  avgF: number | null;
  avgM: number | null;
}

/**
 * A scheme's segments in report order: its rule table's order, the fallback last, then any
 * other name found on customers (in id order), so no customer is ever left out.
 */
export function segmentOrder(ctx: AnalysisContext, scheme: string): string[] {
  const table = ctx.options.ruleTables?.[scheme] ?? BUILT_IN_SCHEMES[scheme];
  const names = new Set(table ? [...table.rules.map((r) => r.segment), table.fallback] : []);
  for (const s of ctx.customers.segments[scheme] ?? []) names.add(s);
  return [...names];
}

/** Segment index of each customer under a scheme, with the segment names. */
export function segmentCodes(ctx: AnalysisContext, scheme: string): { names: string[]; code: Int32Array } {
  const names = segmentOrder(ctx, scheme);
  const index = new Map(names.map((s, k) => [s, k]));
  const segments = ctx.customers.segments[scheme] ?? [];
  const code = new Int32Array(segments.length);
  for (let i = 0; i < segments.length; i++) code[i] = index.get(segments[i])!;
  return { names, code };
}

/**
 * Every segment the scheme can give, customers or not (a segment no one reaches is worth
 * seeing): counts, shares of customers and revenue, AOV, average R/F/M metrics and scores.
 */
export function segmentSummary(ctx: AnalysisContext, scheme: string): SegmentSummaryRow[] {
  const t = ctx.customers;
  const { names, code } = segmentCodes(ctx, scheme);
  const k = names.length;
  const [customers, revenue, orders, recency, r, f, m] = Array.from({ length: 7 }, () => new Float64Array(k));
  for (let i = 0; i < code.length; i++) {
    const s = code[i];
    customers[s]++;
    revenue[s] += t.monetary[i];
    orders[s] += t.frequency[i];
    recency[s] += t.recencyDays[i];
    r[s] += t.r[i];
    f[s] += t.f[i];
    m[s] += t.m[i];
  }
  roundSums(revenue);
  const totalRevenue = moneySum(t.monetary);
  return names.map((segment, s) => ({
    segment,
    customers: customers[s],
    customerShare: ratio(customers[s], t.size),
    revenue: revenue[s],
    revenueShare: ratio(revenue[s], totalRevenue),
    orders: orders[s],
    aov: ratio(revenue[s], orders[s]),
    avgRecencyDays: ratio(recency[s], customers[s]),
    avgFrequency: ratio(orders[s], customers[s]),
    avgMonetary: ratio(revenue[s], customers[s]),
    avgR: ratio(r[s], customers[s]),
    avgF: ratio(f[s], customers[s]),
    avgM: ratio(m[s], customers[s]),
  }));
}

/** The summary of every scheme the options list. */
export function segmentSummaries(ctx: AnalysisContext): Record<string, SegmentSummaryRow[]> {
  return Object.fromEntries(ctx.options.schemes.map((s) => [s, segmentSummary(ctx, s)]));
}
