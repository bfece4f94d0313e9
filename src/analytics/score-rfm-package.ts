import { CustomerTable } from './customer-table';
import { roundMoney } from './numbers';

/** R's quantile type 7 (linear interpolation) of sorted values at probability p. */
export function quantileType7(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * The R package rfm's rfm_table_order bins: t_i = quantile(values, i/k) + 1 for i = 1..k−1;
 * bin i holds lower_i ≤ value < upper_i with lower = (min, t_1..t_{k−1}) and
 * upper = (t_1..t_{k−1}, max + 1). Tied values share a bin; a bin may stay empty.
 */
export function rfmPackageBins(values: Float64Array, k: number, out: Uint8Array): void {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const thresholds = Array.from({ length: k - 1 }, (_, i) => quantileType7(sorted, (i + 1) / k) + 1);
  const lower = [sorted[0], ...thresholds];
  const upper = [...thresholds, sorted[n - 1] + 1];
  for (let j = 0; j < values.length; j++) {
    const v = values[j];
    let bin = 0;
    for (let i = 0; i < k; i++) if (lower[i] <= v && v < upper[i]) bin = i + 1;
    out[j] = bin;
  }
}

/** F and M score = bin; R score = k + 1 − bin of recency days. */
export function scoreRfmPackage(table: CustomerTable, bins: number): void {
  rfmPackageBins(table.frequency, bins, table.f);
  rfmPackageBins(table.monetary.map(roundMoney), bins, table.m);
  rfmPackageBins(table.recencyDays, bins, table.r);
  for (let i = 0; i < table.size; i++) table.r[i] = bins + 1 - table.r[i];
}
