import { Id } from '../ids';
import { Breakdown, breakdowns } from './breakdowns';
import { AnalysisContext } from './context';
import { Concentration, TopCustomerRow, byRevenue, concentration, topCustomers } from './concentration';
import { DataQuality, dataQuality } from './data-quality';
import { DistributionRow, distributions } from './distributions';
import { Kpis, kpis } from './kpis';
import { narrative } from './narrative';
import { ProductsAnalysis, productsAnalysis } from './products';
import { ReturnsAnalysis, returnsAnalysis } from './returns';
import { RfGridCell, rfGrid } from './rf-grid';
import { SegmentSummaryRow, segmentSummary } from './segment-summary';
import { TrendRow, trend } from './trend';

export * from './bands';
export * from './breakdowns';
export * from './concentration';
export * from './context';
export * from './data-quality';
export * from './distributions';
export * from './kpis';
export * from './narrative';
export * from './products';
export * from './report-groupings';
export { type RowFacts } from './row-facts';
export * from './periods';
export * from './returns';
export * from './rf-grid';
export * from './segment-summary';
export * from './trend';

/** Every analysis of the one-click report, as plain data. */
export interface ReportSections {
  kpis: Kpis;
  segmentSummaries: Record<string, SegmentSummaryRow[]>;
  rfGrid: RfGridCell[];
  breakdowns: Breakdown[];
  trend: { yearly: TrendRow[]; monthly: TrendRow[] };
  products: ProductsAnalysis;
  returns: ReturnsAnalysis;
  concentration: Concentration;
  topCustomers: TopCustomerRow[];
  distributions: { recency: DistributionRow[]; frequency: DistributionRow[] };
  /** The payment-method breakdown (null without a payment column). */
  paymentMix: Breakdown | null;
  dataQuality: DataQuality;
  narrative: string[];
}

export function reportSections(ctx: AnalysisContext, returnsOnly: Id[]): ReportSections {
  const order = byRevenue(ctx);
  const segmentSummaries = Object.fromEntries(ctx.options.schemes.map((s) => [s, segmentSummary(ctx, s)]));
  const all = breakdowns(ctx);
  const yearly = trend(ctx, 'year');
  const sections = {
    kpis: kpis(ctx, yearly),
    segmentSummaries,
    rfGrid: rfGrid(ctx),
    breakdowns: all,
    trend: { yearly, monthly: trend(ctx, 'month') },
    products: productsAnalysis(ctx),
    returns: returnsAnalysis(ctx),
    concentration: concentration(ctx, order),
    topCustomers: topCustomers(ctx, ctx.topN, order),
    distributions: distributions(ctx),
    paymentMix: all.find((b) => b.dimension === 'payment') ?? null,
    dataQuality: dataQuality(ctx, returnsOnly),
  };
  return {
    ...sections,
    narrative: narrative({
      kpis: sections.kpis,
      segments: segmentSummaries[ctx.options.scheme],
      concentration: sections.concentration,
      yearly: sections.trend.yearly,
      products: sections.products,
      breakdowns: all,
    }),
  };
}
