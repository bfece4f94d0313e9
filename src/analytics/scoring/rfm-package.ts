import { CustomerTable } from '../customer-table';
import { reverseScores, scoredMetrics } from './order';

// The arithmetic below copies R's own (seq, then quantile type 7) operation for operation, so
// a value that sits exactly on a threshold lands in the same bin as in R.

/** R's seq(0, 1, length.out = k + 1) without its ends: i × (1/k), which is not always i/k in floating point. */
export function rfmPackageProbabilities(k: number): number[] {
  const by = 1 / k;
  return Array.from({ length: k - 1 }, (_, i) => (i + 1) * by);
}

/** R's quantile(x, p, type = 7) of ascending values: linear interpolation between order statistics. */
export function quantileType7(sorted: ArrayLike<number>, p: number): number {
  const index = 1 + Math.max(sorted.length - 1, 0) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const q = sorted[lo - 1];
  if (!(index > lo && sorted[hi - 1] !== q)) return q;
  const h = index - lo;
  return (1 - h) * q + h * sorted[hi - 1];
}

/** The k − 1 thresholds of rfm_table_order: quantile(values, i/k) + 1 for i = 1..k−1. */
export function rfmPackageThresholds(values: ArrayLike<number>, k: number): number[] {
  const sorted = Float64Array.from(values).sort();
  return rfmPackageProbabilities(k).map((p) => quantileType7(sorted, p) + 1);
}

/**
 * rfm_table_order's bins: bin i holds lower_i ≤ value < upper_i, with lower = (min, t_1..t_{k−1})
 * and upper = (t_1..t_{k−1}, max + 1). Tied values share a bin and a bin may stay empty.
 */
export function rfmPackageBins(values: ArrayLike<number>, k: number, out: Uint8Array): void {
  if (values.length === 0) return;
  const thresholds = rfmPackageThresholds(values, k);
  let min = Infinity;
  let max = -Infinity;
  for (let j = 0; j < values.length; j++) {
    min = Math.min(min, values[j]);
    max = Math.max(max, values[j]);
  }
  const lower = [min, ...thresholds];
  const upper = [...thresholds, max + 1];
  for (let j = 0; j < values.length; j++) {
    // Like R's loop, a later bin overwrites an earlier one.
    for (let i = 0; i < k; i++) if (lower[i] <= values[j] && values[j] < upper[i]) out[j] = i + 1;
  }
}

/** Method "rfm-package": F and M score = bin; R score = k + 1 − bin of recency days. */
export function scoreRfmPackage(table: CustomerTable, bins: number): void {
  const { recencyDays, frequency, monetary } = scoredMetrics(table);
  rfmPackageBins(frequency, bins, table.f);
  rfmPackageBins(monetary, bins, table.m);
  rfmPackageBins(recencyDays, bins, table.r);
  reverseScores(table.r, bins);
}
