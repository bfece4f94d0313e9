import { AnalysisContext } from './context';

export interface RfGridCell {
  r: number;
  f: number;
  customers: number;
  /** Average monetary of the cell's customers (null when empty). */
  avgMonetary: number | null;
}

/** Customers and average monetary per R × F score cell, R from bins down to 1, F from 1 up. */
export function rfGrid(ctx: AnalysisContext): RfGridCell[] {
  const t = ctx.customers;
  const k = ctx.options.bins;
  const count = new Float64Array((k + 1) * (k + 1));
  const money = new Float64Array((k + 1) * (k + 1));
  for (let i = 0; i < t.size; i++) {
    const cell = t.r[i] * (k + 1) + t.f[i];
    count[cell]++;
    money[cell] += t.monetary[i];
  }
  const cells: RfGridCell[] = [];
  for (let r = k; r >= 1; r--) {
    for (let f = 1; f <= k; f++) {
      const c = r * (k + 1) + f;
      cells.push({ r, f, customers: count[c], avgMonetary: count[c] === 0 ? null : money[c] / count[c] });
    }
  }
  return cells;
}
