import { CustomerTable } from '../customer-table';
import { roundMoney } from '../numbers';
import { stableOrder } from '../stable-order';

/**
 * Table indices sorted by value. The table is in customer-id order and the sort is stable,
 * so tied values stay in id order: the tie rule of DESIGN.md.
 */
export function orderByValue(values: ArrayLike<number>, direction: 'ascending' | 'descending' = 'ascending'): Int32Array {
  return stableOrder(values, direction);
}

/** Turns buckets 1..k (ascending recency days) into R scores k..1: fewer days is better. */
export function reverseScores(scores: Uint8Array, k: number): void {
  for (let i = 0; i < scores.length; i++) scores[i] = k + 1 - scores[i];
}

/** The values scores rank on: recency days, frequency, and monetary rounded to 6 decimals. */
export function scoredMetrics(table: CustomerTable): { recencyDays: Float64Array; frequency: Float64Array; monetary: Float64Array } {
  return { recencyDays: table.recencyDays, frequency: table.frequency, monetary: table.monetary.map(roundMoney) };
}
