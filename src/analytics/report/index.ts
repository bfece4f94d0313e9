import { Breakdown, breakdowns } from './breakdowns';
import { Concentration, revenueConcentration } from './concentration';
import { AnalysisContext } from './context';
import { DataQuality, dataQuality } from './data-quality';
import { Distributions, distributions } from './distributions';
import { GroupRow } from './group-rows';
import { Kpis, kpis } from './kpis';
import { narrative } from './narrative';
import { ProductsSection, categoriesAndProducts } from './products';
import { ReturnsSection, returnsAndLeakage } from './returns';
import { RfGridCell, rfGrid } from './rf-grid';
import { SegmentSummaryRow, segmentSummaries } from './segment-summary';
import { TopCustomerRow, topCustomers } from './top-customers';
import { Trend, trend } from './trend';

export * from './bands';
export * from './breakdowns';
export * from './calendar';
export * from './concentration';
export * from './context';
export * from './data-quality';
export * from './distributions';
export * from './duplicates';
export * from './group-rows';
export * from './kpis';
export * from './narrative';
export * from './out-of-range';
export * from './payment-mix';
export * from './products';
export * from './readable';
export * from './returns';
export * from './rf-grid';
export * from './segment-products';
export * from './segment-summary';
export * from './top-customers';
export * from './trend';

/** Every analysis of the one-click report, as plain data. */
export interface ReportSections {
  kpis: Kpis;
  /** By scheme, for every scheme in options.schemes. */
  segmentSummaries: Record<string, SegmentSummaryRow[]>;
  rfGrid: RfGridCell[];
  breakdowns: Breakdown[];
  trend: Trend;
  products: ProductsSection;
  returns: ReturnsSection;
  concentration: Concentration;
  topCustomers: TopCustomerRow[];
  distributions: Distributions;
  /** The payment breakdown's rows; null without a payment column. */
  paymentMix: GroupRow[] | null;
  dataQuality: DataQuality;
  narrative: string[];
}

/** All sections at once; shared work (per-row facts, customer ranking, yearly trend, returns) is done once. */
export function reportSections(ctx: AnalysisContext): ReportSections {
  const summaries = segmentSummaries(ctx);
  const byDimension = breakdowns(ctx);
  const periods = trend(ctx);
  const returns = returnsAndLeakage(ctx);
  const headline = kpis(ctx, periods.yearly, returns.overall);
  const products = categoriesAndProducts(ctx);
  const concentration = revenueConcentration(ctx);
  return {
    kpis: headline,
    segmentSummaries: summaries,
    rfGrid: rfGrid(ctx),
    breakdowns: byDimension,
    trend: periods,
    products,
    returns,
    concentration,
    topCustomers: topCustomers(ctx),
    distributions: distributions(ctx),
    paymentMix: byDimension.find((b) => b.dimension === 'payment' && b.level === 'order')?.rows ?? null,
    dataQuality: dataQuality(ctx),
    narrative: narrative({
      kpis: headline,
      segments: summaries[ctx.options.scheme] ?? [],
      concentration,
      categories: products.categories,
      breakdowns: byDimension,
    }),
  };
}
