import { COUNTING_RANGE, integerRange } from './stable-order';

/**
 * The k-th smallest (0-based) of the values, for any k, each found once: read from the order
 * largest first when the caller has it, counted for whole numbers of a small range, else selected
 * on a copy (kthSmallest). No NaN.
 */
export function smallestOf(values: Float64Array, descending?: () => Int32Array): (k: number) => number {
  const n = values.length;
  if (descending) return (k) => values[descending()[n - 1 - k]];
  const range = integerRange(values);
  if (range && n > 0 && range[1] - range[0] < COUNTING_RANGE) return countedSmallest(values, range[0], range[1]);
  const scratch = values.slice();
  const found = new Map<number, number>();
  return (k) => found.get(k) ?? found.set(k, kthSmallest(scratch, k)).get(k)!;
}

/** From the count of each whole value: the k-th smallest is the value whose counts up to it first pass k. */
function countedSmallest(values: Float64Array, min: number, max: number): (k: number) => number {
  const upTo = new Int32Array(max - min + 1);
  for (let i = 0; i < values.length; i++) upTo[values[i] - min]++;
  for (let v = 1; v < upTo.length; v++) upTo[v] += upTo[v - 1];
  return (k) => {
    let lo = 0;
    let hi = upTo.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (upTo[mid] > k) hi = mid;
      else lo = mid + 1;
    }
    return lo + min;
  };
}

/**
 * The k-th smallest value (0-based) of `scratch`, which it reorders: a selection (Hoare's
 * partition around a median of three), O(n) on average where a sort is O(n log n). No NaN.
 * A range still wide after many rounds (input built against the pivot rule) is sorted instead.
 */
export function kthSmallest(scratch: Float64Array, k: number): number {
  let lo = 0;
  let hi = scratch.length - 1;
  for (let round = 0; hi > lo; round++) {
    if (round === 64) {
      scratch.subarray(lo, hi + 1).sort();
      break;
    }
    const pivot = medianOfThree(scratch[lo], scratch[(lo + hi) >> 1], scratch[hi]);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (scratch[i] < pivot) i++;
      while (scratch[j] > pivot) j--;
      if (i <= j) {
        const t = scratch[i];
        scratch[i++] = scratch[j];
        scratch[j--] = t;
      }
    }
    // Now [lo, j] ≤ pivot, [i, hi] ≥ pivot, and anything between equals it.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return scratch[k];
  }
  return scratch[k];
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}
