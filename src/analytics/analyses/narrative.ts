import { Breakdown } from './breakdowns';
import { Concentration } from './concentration';
import { Kpis } from './kpis';
import { ProductsAnalysis } from './products';
import { SegmentSummaryRow } from './segment-summary';
import { TrendRow } from './trend';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** 1234567 → "1.2M", 48000 → "48.0K", 950 → "950". */
export function readableNumber(x: number): string {
  const a = Math.abs(x);
  if (a >= 1e9) return `${(x / 1e9).toFixed(1)}B`;
  if (a >= 1e6) return `${(x / 1e6).toFixed(1)}M`;
  if (a >= 1e4) return `${(x / 1e3).toFixed(1)}K`;
  return x.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

export interface NarrativeInputs {
  kpis: Kpis;
  segments: SegmentSummaryRow[];
  concentration: Concentration;
  yearly: TrendRow[];
  products: ProductsAnalysis;
  breakdowns: Breakdown[];
}

/** Plain sentences computed from the numbers; a sentence is left out when its data is missing. */
export function narrative({ kpis, segments, concentration, yearly, products, breakdowns }: NarrativeInputs): string[] {
  const out: string[] = [];
  out.push(`${kpis.customers.toLocaleString('en-US')} customers placed ${kpis.orders.toLocaleString('en-US')} orders worth ${readableNumber(kpis.revenue)}, ${readableNumber(kpis.aov)} per order on average.`);
  const top = [...segments].sort((a, b) => b.revenueShare - a.revenueShare)[0];
  if (top) out.push(`${top.segment} are ${pct(top.customerShare)} of customers and ${pct(top.revenueShare)} of revenue.`);
  const top20 = concentration.topShares.find((s) => s.topPercent === 20);
  if (top20 && kpis.customers >= 5) out.push(`The top 20% of customers bring ${pct(top20.revenueShare)} of revenue; ${pct(concentration.customersFor80Share)} of customers make 80% of it.`);
  out.push(`${pct(kpis.repeatRate)} of customers ordered more than once.`);
  if (kpis.returnRate !== null && kpis.returnedRevenue > 0) out.push(`${pct(kpis.returnRate)} of orders were returned, ${readableNumber(kpis.returnedRevenue)} of revenue (${pct(kpis.returnedRevenueShare)} of gross sales).`);
  if (yearly.length >= 2 && kpis.bestYear && kpis.worstYear) {
    out.push(`Revenue peaked in ${kpis.bestYear.year} at ${readableNumber(kpis.bestYear.revenue)}; the lowest year was ${kpis.worstYear.year} at ${readableNumber(kpis.worstYear.revenue)}.`);
  }
  const category = products.categories?.[0];
  if (category && (products.categories?.length ?? 0) > 1) out.push(`${category.name} is the biggest category with ${pct(category.revenueShare)} of revenue.`);
  else if (products.topProducts?.[0]) out.push(`The best-selling product is ${products.topProducts[0].name} with ${pct(products.topProducts[0].revenueShare)} of revenue.`);
  const demographic = breakdowns.find((b) => b.level === 'customer' && b.rows.length > 1 && b.rows[0].group !== '(blank)');
  if (demographic) {
    const best = [...demographic.rows].filter((r) => r.group !== '(blank)').sort((a, b) => b.revenue - a.revenue)[0];
    out.push(`By ${demographic.dimension}, ${best.group} brings the most revenue: ${pct(best.revenueShare)} from ${pct(best.customerShare)} of customers.`);
  }
  return out;
}
