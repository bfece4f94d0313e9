/**
 * SQL NTILE(k) over `order` (customer keys, worst first): bucket sizes differ by at most one
 * and the first n mod k buckets get the extra member. Writes 1..k into scores[key].
 */
export function ntileScores(order: ArrayLike<number>, k: number, scores: Uint8Array): void {
  const n = order.length;
  const base = Math.floor(n / k);
  const extra = n % k;
  let pos = 0;
  for (let bucket = 1; bucket <= k; bucket++) {
    const size = base + (bucket <= extra ? 1 : 0);
    for (let j = 0; j < size; j++) scores[order[pos++]] = bucket;
  }
}
