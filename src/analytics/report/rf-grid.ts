import { AnalysisContext, ratio, roundSums } from './context';

export interface RfGridCell {
  r: number;
  f: number;
  customers: number;
  customerShare: number | null;
  revenue: number;
  /** Mean monetary of the cell's customers (null when the cell is empty). */
  avgMonetary: number | null;
}

/** Customers and average monetary in each R × F score cell: bins × bins cells, R from bins down to 1, F from 1 up. */
export function rfGrid(ctx: AnalysisContext): RfGridCell[] {
  const t = ctx.customers;
  const k = ctx.options.bins;
  const customers = new Float64Array(k * k);
  const revenue = new Float64Array(k * k);
  for (let i = 0; i < t.size; i++) {
    const r = t.r[i];
    const f = t.f[i];
    if (r < 1 || r > k || f < 1 || f > k) continue;
    const cell = (r - 1) * k + (f - 1);
    customers[cell]++;
    revenue[cell] += t.monetary[i];
  }
  roundSums(revenue);
  const cells: RfGridCell[] = [];
  for (let r = k; r >= 1; r--) {
    for (let f = 1; f <= k; f++) {
      const c = (r - 1) * k + (f - 1);
      cells.push({ r, f, customers: customers[c], customerShare: ratio(customers[c], t.size), revenue: revenue[c], avgMonetary: ratio(revenue[c], customers[c]) });
    }
  }
  return cells;
}
