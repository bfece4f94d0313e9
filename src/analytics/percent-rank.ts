import { hasNaN, ranksBelow } from './stable-order';

/**
 * SQL PERCENT_RANK() × 100 over `values` ascending: (rank − 1) / (n − 1) × 100, where
 * tied values share the lowest rank; a single value gets 0. `descending` (the values' stable
 * order largest first), when the caller has it, saves sorting them again.
 */
export function percentRank(values: Float64Array, descending?: Int32Array): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  if (n <= 1) return out;
  if (hasNaN(values)) return comparatorPercentRank(values);
  const below = ranksBelow(values, descending);
  for (let i = 0; i < n; i++) out[i] = (below[i] / (n - 1)) * 100;
  return out;
}

/** The comparator version, kept for NaN (which sorts inconsistently there). */
function comparatorPercentRank(values: Float64Array): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b]);
  let rankStart = 0;
  for (let pos = 0; pos < n; pos++) {
    if (pos > 0 && values[order[pos]] !== values[order[pos - 1]]) rankStart = pos;
    out[order[pos]] = (rankStart / (n - 1)) * 100;
  }
  return out;
}
