import { CustomerTable } from '../customer-table';
import { orderByMonetary, orderByValue, scoredMetrics } from './order';

/**
 * SQL NTILE(k) over `order` (table indices, worst first): bucket sizes differ by at most one
 * and the first n mod k buckets get the extra member. Writes 1..k into scores[index].
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

/**
 * Method "ntile": NTILE(k) over customers worst first, R over (recency days DESC, id), F over
 * (frequency ASC, id), M over (monetary ASC, id). Not k + 1 − NTILE of ascending days: the
 * extra members and the id tie-break would land on the other end.
 */
export function scoreNtile(table: CustomerTable, bins: number): void {
  const { recencyDays, frequency } = scoredMetrics(table);
  ntileScores(orderByValue(recencyDays, 'descending'), bins, table.r);
  ntileScores(orderByValue(frequency), bins, table.f);
  ntileScores(orderByMonetary(table), bins, table.m);
}
