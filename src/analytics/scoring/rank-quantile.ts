import { CustomerTable } from '../customer-table';
import { orderByMonetary, orderByValue, reverseScores, scoredMetrics } from './order';

/** pandas' qcut(rank, k) bucket of rank r (1-based) of n: max(1, ceil(k(r − 1)/(n − 1))); n = 1 gives 1. */
export function rankQuantileBucket(rank: number, n: number, k: number): number {
  return n === 1 ? 1 : Math.max(1, Math.ceil((k * (rank - 1)) / (n - 1)));
}

/** Buckets of every table index in `order` (metric ascending, ties by id), written into out[index]. */
export function rankQuantileBuckets(order: ArrayLike<number>, k: number, out: Uint8Array): void {
  const n = order.length;
  for (let pos = 0; pos < n; pos++) out[order[pos]] = rankQuantileBucket(pos + 1, n, k);
}

/**
 * Method "rank-quantile": the pandas recipe qcut(metric.rank(method="first"), k). F and M score
 * = bucket; R score = k + 1 − bucket of recency days.
 */
export function scoreRankQuantile(table: CustomerTable, bins: number): void {
  const { recencyDays, frequency } = scoredMetrics(table);
  rankQuantileBuckets(orderByValue(frequency), bins, table.f);
  rankQuantileBuckets(orderByMonetary(table), bins, table.m);
  rankQuantileBuckets(orderByValue(recencyDays), bins, table.r);
  reverseScores(table.r, bins);
}
