import { Id } from './ids';
import { Transactions } from './ingest';

export type ReturnsMode = 'net' | 'exclude';

/** Per-customer recency, frequency and monetary, struct-of-arrays indexed by customer key. */
export interface CustomerMetrics {
  ids: Id[];
  /** Whether the customer has at least one purchase row (only those are scored). */
  hasPurchase: Uint8Array;
  lastPurchaseDay: Float64Array;
  recencyDays: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
}

/** Default as-of date: the latest date of any used row + 1 day. */
export function defaultAsOf(tx: Transactions): number {
  let max = -Infinity;
  for (let i = 0; i < tx.rowCount; i++) if (tx.customer[i] >= 0 && tx.day[i] > max) max = tx.day[i];
  return max + 1;
}

/**
 * Recency, frequency and monetary per customer, as DESIGN.md defines them:
 * recency from the last purchase to asOf, distinct orders among purchase rows
 * (purchase rows without an order id count one each), purchase amounts plus,
 * with returns "net", negative return rows (credit notes).
 */
export function customerMetrics(tx: Transactions, asOf: number, returns: ReturnsMode = 'net'): CustomerMetrics {
  const k = tx.customerIds.length;
  const hasPurchase = new Uint8Array(k);
  const last = new Float64Array(k).fill(-Infinity);
  const frequency = new Float64Array(k);
  const monetary = new Float64Array(k);
  const seenOrders = new Set<number>();

  for (let i = 0; i < tx.rowCount; i++) {
    const c = tx.customer[i];
    if (c < 0) continue;
    const amt = tx.amount[i];
    if (tx.isReturn[i]) {
      if (returns === 'net' && amt < 0) monetary[c] += amt;
      continue;
    }
    hasPurchase[c] = 1;
    monetary[c] += amt;
    if (tx.day[i] > last[c]) last[c] = tx.day[i];
    const o = tx.order[i];
    if (o < 0) frequency[c]++;
    else {
      const pair = o * k + c;
      if (!seenOrders.has(pair)) {
        seenOrders.add(pair);
        frequency[c]++;
      }
    }
  }

  const recencyDays = new Float64Array(k);
  for (let c = 0; c < k; c++) recencyDays[c] = hasPurchase[c] ? asOf - last[c] : NaN;
  return { ids: tx.customerIds, hasPurchase, lastPurchaseDay: last, recencyDays, frequency, monetary };
}
