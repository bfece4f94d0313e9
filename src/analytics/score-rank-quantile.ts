import { CustomerTable } from './customer-table';
import { roundMoney } from './numbers';
import { worstFirst } from './worst-first';

/**
 * pandas' qcut(metric.rank(method="first"), k): rank r of n in (metric ASC, id);
 * bucket = max(1, ceil(k·(r−1)/(n−1))), n = 1 → 1.
 */
export function rankQuantileBuckets(order: Int32Array, k: number, out: Uint8Array): void {
  const n = order.length;
  for (let pos = 0; pos < n; pos++) {
    out[order[pos]] = n === 1 ? 1 : Math.max(1, Math.ceil((k * pos) / (n - 1)));
  }
}

/** F and M score = bucket; R score = k + 1 − bucket of recency days (fewer days is better). */
export function scoreRankQuantile(table: CustomerTable, bins: number): void {
  const n = table.size;
  rankQuantileBuckets(worstFirst(n, (i) => table.frequency[i], false), bins, table.f);
  rankQuantileBuckets(worstFirst(n, (i) => roundMoney(table.monetary[i]), false), bins, table.m);
  rankQuantileBuckets(worstFirst(n, (i) => table.recencyDays[i], false), bins, table.r);
  for (let i = 0; i < n; i++) table.r[i] = bins + 1 - table.r[i];
}
