import { AnalysisContext, moneySum, ratio, roundSums } from './context';

/** A band: a label and the largest value it holds (inclusive). */
export type Band = readonly [label: string, upTo: number];

/** Days since the last purchase (a negative recency, a purchase after the as-of date, falls in the first band). */
export const RECENCY_BANDS: readonly Band[] = [
  ['0–30', 30], ['31–90', 90], ['91–180', 180], ['181–365', 365], ['366–730', 730], ['731+', Infinity],
];
export const FREQUENCY_BANDS: readonly Band[] = [['1', 1], ['2', 2], ['3', 3], ['4–5', 5], ['6–10', 10], ['11+', Infinity]];

export interface DistributionRow {
  band: string;
  customers: number;
  customerShare: number | null;
  revenue: number;
  revenueShare: number | null;
}

export interface Distributions {
  recency: DistributionRow[];
  frequency: DistributionRow[];
}

/** Customers and their revenue per band of a metric; every band listed, empty ones too. */
export function distribution(values: Float64Array, monetary: Float64Array, bands: readonly Band[]): DistributionRow[] {
  const customers = new Float64Array(bands.length);
  const revenue = new Float64Array(bands.length);
  for (let i = 0; i < values.length; i++) {
    let k = 0;
    while (k < bands.length - 1 && values[i] > bands[k][1]) k++;
    customers[k]++;
    revenue[k] += monetary[i];
  }
  roundSums(revenue);
  const total = moneySum(monetary);
  return bands.map(([band], k) => ({
    band, customers: customers[k], customerShare: ratio(customers[k], values.length), revenue: revenue[k], revenueShare: ratio(revenue[k], total),
  }));
}

/** Customers by days since their last purchase and by number of orders. */
export function distributions(ctx: AnalysisContext): Distributions {
  const t = ctx.customers;
  return { recency: distribution(t.recencyDays, t.monetary, RECENCY_BANDS), frequency: distribution(t.frequency, t.monetary, FREQUENCY_BANDS) };
}
