import { Bound } from './rule-table';

/**
 * A percentile bound as limits on the values it ranks. PERCENT_RANK × 100 of a value with b values
 * below it is (b / (n − 1)) × 100, which grows with b, and b grows with the value: so a bound
 * allows the ranks lo ≤ b < hi, and "b ≥ lo" holds exactly for the values above the lo-th
 * smallest, "b < hi" for those up to the hi-th. Two order statistics (order-statistics.ts) then
 * stand in for a percentile per customer, which took a sort of the values (percent-rank.ts).
 */

/** PERCENT_RANK × 100 of a value with `b` of the `n` values below it, exactly as percentRank computes it. */
const percentOf = (b: number, n: number) => (b / (n - 1)) * 100;

/** The least rank b in [0, n − 1] whose percentile passes (passing grows with b), or n when none does. */
function leastRank(n: number, passes: (percent: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (passes(percentOf(mid, n))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Limits on the values themselves (NaN: none); `never` when no value can pass. */
export interface ValueLimits {
  above: number;
  max: number;
  never: boolean;
}

/**
 * The bound on the percentile of n values (n ≥ 2, no NaN) as `value > above` and `value ≤ max`,
 * `smallest(k)` giving the k-th smallest value (0-based).
 */
export function valueLimits(bound: Bound, n: number, smallest: (k: number) => number): ValueLimits {
  let lo = 0;
  let hi = n;
  if (bound.min !== undefined) lo = Math.max(lo, leastRank(n, (p) => p >= bound.min!));
  if (bound.above !== undefined) lo = Math.max(lo, leastRank(n, (p) => p > bound.above!));
  if (bound.max !== undefined) hi = Math.min(hi, leastRank(n, (p) => p > bound.max!));
  if (bound.below !== undefined) hi = Math.min(hi, leastRank(n, (p) => p >= bound.below!));
  if (lo >= hi) return { above: NaN, max: NaN, never: true };
  return { above: lo > 0 ? smallest(lo - 1) : NaN, max: hi < n ? smallest(hi - 1) : NaN, never: false };
}
