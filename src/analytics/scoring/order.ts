import { CustomerTable } from '../customer-table';
import { hasNaN, oppositeOrder, stableOrder } from '../stable-order';

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

/** The values scores rank on: recency days, frequency, and monetary (rounded to 6 decimals by buildCustomerTable). */
export function scoredMetrics(table: CustomerTable): { recencyDays: Float64Array; frequency: Float64Array; monetary: Float64Array } {
  return { recencyDays: table.recencyDays, frequency: table.frequency, monetary: table.monetary };
}

/**
 * Table indices by monetary ascending (ties in id order), turned from the table's revenue order
 * (largest first), which the report and top customers read anyway: one sort of monetary, not two.
 */
export function orderByMonetary(table: CustomerTable): Int32Array {
  return hasNaN(table.monetary) ? orderByValue(table.monetary) : oppositeOrder(table.byRevenue(), table.monetary);
}
