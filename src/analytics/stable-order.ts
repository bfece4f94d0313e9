/**
 * Stable orders of indices by a numeric column, without a comparator sort (a comparator call
 * per comparison on boxed indices was 15% of the RFM pipeline). The result is what a stable
 * `sort((a, b) => values[a] - values[b])` of 0..n−1 gives: ties keep index order.
 */

/** Widest integer range sorted by counting (a count array of this many entries). */
export const COUNTING_RANGE = 1 << 20;

export type Direction = 'ascending' | 'descending';

export function hasNaN(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) return true;
  return false;
}

/** [min, max] when every value is an integer, else undefined. */
export function integerRange(values: ArrayLike<number>): [number, number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== Math.floor(v)) return undefined;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

function countingOrder(values: ArrayLike<number>, min: number, max: number, direction: Direction): Int32Array {
  const n = values.length;
  // Bucket of v: v − min ascending, max − v descending.
  const base = direction === 'ascending' ? -min : max;
  const sign = direction === 'ascending' ? 1 : -1;
  const start = new Int32Array(max - min + 2);
  for (let i = 0; i < n; i++) start[base + sign * values[i] + 1]++;
  for (let b = 1; b < start.length; b++) start[b] += start[b - 1];
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[start[base + sign * values[i]]++] = i;
  return out;
}

/**
 * LSD radix sort of the values' IEEE-754 bits, 16 bits a pass (stable, so ties keep index
 * order). The bits are flipped so that unsigned order is numeric order; −0 counts as 0.
 */
function radixOrder(values: ArrayLike<number>, direction: Direction): Int32Array {
  const n = values.length;
  const sign = direction === 'ascending' ? 1 : -1;
  const bits = new Float64Array(n);
  const words = new Uint32Array(bits.buffer); // little-endian: words[2i] low half, words[2i + 1] high half
  for (let i = 0; i < n; i++) bits[i] = sign * values[i] + 0;
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1];
    if (hi & 0x80000000) {
      words[2 * i + 1] = ~hi >>> 0;
      words[2 * i] = ~words[2 * i] >>> 0;
    } else {
      words[2 * i + 1] = hi | 0x80000000;
    }
  }
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Int32Array(n);
  const count = new Int32Array(0x10000);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(words[2 * i + word] >>> shift) & 0xffff]++;
    if (count[(words[word] >>> shift) & 0xffff] === n) continue; // one digit everywhere: nothing to move
    let sum = 0;
    for (let d = 0; d < 0x10000; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let j = 0; j < n; j++) {
      const i = order[j];
      next[count[(words[2 * i + word] >>> shift) & 0xffff]++] = i;
    }
    [order, next] = [next, order];
  }
  return order;
}

function comparatorOrder(values: ArrayLike<number>, direction: Direction): Int32Array {
  const order = Array.from({ length: values.length }, (_, i) => i);
  order.sort(direction === 'ascending' ? (a, b) => values[a] - values[b] : (a, b) => values[b] - values[a]);
  return Int32Array.from(order);
}

/** Indices 0..n−1 by value, ties in index order. */
export function stableOrder(values: ArrayLike<number>, direction: Direction = 'ascending'): Int32Array {
  // NaN makes the comparator inconsistent; keep exactly what the comparator sort did.
  if (hasNaN(values)) return comparatorOrder(values, direction);
  const range = integerRange(values);
  if (range && values.length > 0 && range[1] - range[0] < COUNTING_RANGE) return countingOrder(values, range[0], range[1], direction);
  return radixOrder(values, direction);
}

/**
 * The stable order of the same values the other way round, from one made already: read back to
 * front a run of ties at a time, each run kept in index order. O(n), where a sort of fractional
 * values is a radix sort's four passes. No NaN (stableOrder's NaN order is the comparator's).
 */
export function oppositeOrder(order: Int32Array, values: ArrayLike<number>): Int32Array {
  const out = new Int32Array(order.length);
  let at = 0;
  for (let end = order.length - 1; end >= 0; ) {
    let start = end;
    while (start > 0 && values[order[start - 1]] === values[order[end]]) start--;
    for (let pos = start; pos <= end; pos++) out[at++] = order[pos];
    end = start - 1;
  }
  return out;
}

/**
 * Number of values strictly below each value (its 0-based rank, ties sharing the lowest); no NaN.
 * `descending`, the values' order largest first when the caller has it already, saves a sort.
 */
export function ranksBelow(values: ArrayLike<number>, descending?: Int32Array): Int32Array {
  const range = integerRange(values);
  if (range && values.length > 0 && range[1] - range[0] < COUNTING_RANGE) return countedRanksBelow(values, range[0], range[1]);
  if (descending) return ranksBelowDescending(values, descending);
  const order = stableOrder(values);
  const out = new Int32Array(values.length);
  let rank = 0;
  for (let pos = 0; pos < order.length; pos++) {
    if (pos > 0 && values[order[pos]] !== values[order[pos - 1]]) rank = pos;
    out[order[pos]] = rank;
  }
  return out;
}

/** ranksBelow read from the order largest first, from its end: a value's rank is where its ties begin from below. */
function ranksBelowDescending(values: ArrayLike<number>, order: Int32Array): Int32Array {
  const n = order.length;
  const out = new Int32Array(n);
  let rank = 0;
  for (let pos = n - 1; pos >= 0; pos--) {
    if (pos < n - 1 && values[order[pos]] !== values[order[pos + 1]]) rank = n - 1 - pos;
    out[order[pos]] = rank;
  }
  return out;
}

/** ranksBelow of integers within a small range: how many values fall below each, from counts; no order needed. */
function countedRanksBelow(values: ArrayLike<number>, min: number, max: number): Int32Array {
  const below = new Int32Array(max - min + 2);
  for (let i = 0; i < values.length; i++) below[values[i] - min + 1]++;
  for (let b = 1; b < below.length; b++) below[b] += below[b - 1];
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = below[values[i] - min];
  return out;
}
