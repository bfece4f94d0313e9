import { AnalysisContext } from './context';

export interface DistributionRow {
  band: string;
  customers: number;
  revenue: number;
}

const RECENCY_BANDS: [string, number][] = [['0–30 days', 30], ['31–90 days', 90], ['91–180 days', 180], ['181–365 days', 365], ['366–730 days', 730], ['731+ days', Infinity]];
const FREQUENCY_BANDS: [string, number][] = [['1 order', 1], ['2 orders', 2], ['3 orders', 3], ['4–5 orders', 5], ['6–10 orders', 10], ['11+ orders', Infinity]];

/** The band of each whole value from 0 to the last finite limit: days and order counts mostly are. */
function bandTable(upTo: Float64Array): Uint8Array {
  const top = Math.floor(upTo[upTo.length - 2]);
  const table = new Uint8Array(top + 1);
  for (let v = 0, k = 0; v <= top; v++) {
    while (!(v <= upTo[k])) k++;
    table[v] = k;
  }
  return table;
}

function distribution(values: Float64Array, monetary: Float64Array, bands: [string, number][]): DistributionRow[] {
  // Typed sums: objects whose revenue starts as 0 and turns fractional change hidden class on the way.
  const customers = new Float64Array(bands.length);
  const revenue = new Float64Array(bands.length);
  const upTo = Float64Array.from(bands, ([, limit]) => limit);
  const last = upTo.length - 1;
  const table = bandTable(upTo);
  const top = table.length - 1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let k: number;
    if (v >= 0 && v <= top && v === Math.floor(v)) k = table[v];
    else if (v > top) k = last;
    else for (k = 0; k < last && !(v <= upTo[k]); ) k++; // below 0, fractional or NaN
    customers[k]++;
    revenue[k] += monetary[i];
  }
  return bands.map(([band], k) => ({ band, customers: customers[k], revenue: revenue[k] }));
}

/** How many customers (and how much revenue) by days since their last purchase and by number of orders. */
export function distributions(ctx: AnalysisContext): { recency: DistributionRow[]; frequency: DistributionRow[] } {
  const t = ctx.customers;
  return { recency: distribution(t.recencyDays, t.monetary, RECENCY_BANDS), frequency: distribution(t.frequency, t.monetary, FREQUENCY_BANDS) };
}
