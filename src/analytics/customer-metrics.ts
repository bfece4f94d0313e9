import { Id } from './ids';
import { Transactions } from './ingest';

export type ReturnsMode = 'net' | 'exclude';

/** Per-customer metrics, struct-of-arrays indexed by customer key (the order of first appearance). */
export interface CustomerMetrics {
  ids: Id[];
  /** Whether the customer has at least one purchase row (only those are scored). */
  hasPurchase: Uint8Array;
  firstPurchaseDay: Float64Array;
  lastPurchaseDay: Float64Array;
  recencyDays: Float64Array;
  /** Distinct orders among purchase rows (purchase rows without an order id count one each). */
  frequency: Float64Array;
  /** Purchase amounts, plus credit notes with returns "net". */
  monetary: Float64Array;
  /** Purchase amounts only (gross sales). */
  purchaseAmount: Float64Array;
  returnRows: Float64Array;
  /** Σ |amount| over the customer's return rows. */
  returnedRevenue: Float64Array;
}

/** Default as-of date: the latest date of any used row + 1 day. */
export function defaultAsOf(tx: Transactions): number {
  let max = -Infinity;
  for (let i = 0; i < tx.rowCount; i++) if (tx.customer[i] >= 0 && tx.day[i] > max) max = tx.day[i];
  return max + 1;
}

/**
 * Counts distinct (order, customer) pairs among purchase rows. An order id normally
 * belongs to one customer, so an owner per order settles almost every row; orders
 * shared between customers (a data error) fall back to a set of pairs.
 */
function orderFrequency(tx: Transactions, frequency: Float64Array): void {
  const k = tx.customerIds.length;
  const owner = new Int32Array(tx.orderCount).fill(-1);
  let shared: Set<number> | undefined;
  for (let i = 0; i < tx.rowCount; i++) {
    const c = tx.customer[i];
    if (c < 0 || tx.isReturn[i]) continue;
    const o = tx.order[i];
    if (o < 0) frequency[c]++;
    else if (owner[o] === -1) {
      owner[o] = c;
      frequency[c]++;
    } else if (owner[o] !== c) {
      shared ??= new Set();
      const pair = o * k + c;
      if (!shared.has(pair)) {
        shared.add(pair);
        frequency[c]++;
      }
    }
  }
}

/** Recency, frequency, monetary and the other per-customer sums, as DESIGN.md defines them. */
export function customerMetrics(tx: Transactions, asOf: number, returns: ReturnsMode = 'net'): CustomerMetrics {
  const k = tx.customerIds.length;
  const hasPurchase = new Uint8Array(k);
  const first = new Float64Array(k).fill(Infinity);
  const last = new Float64Array(k).fill(-Infinity);
  const frequency = new Float64Array(k);
  const monetary = new Float64Array(k);
  const purchaseAmount = new Float64Array(k);
  const returnRows = new Float64Array(k);
  const returnedRevenue = new Float64Array(k);

  for (let i = 0; i < tx.rowCount; i++) {
    const c = tx.customer[i];
    if (c < 0) continue;
    const amt = tx.amount[i];
    if (tx.isReturn[i]) {
      returnRows[c]++;
      returnedRevenue[c] += Math.abs(amt);
      if (returns === 'net' && amt < 0) monetary[c] += amt;
      continue;
    }
    hasPurchase[c] = 1;
    monetary[c] += amt;
    purchaseAmount[c] += amt;
    const d = tx.day[i];
    if (d > last[c]) last[c] = d;
    if (d < first[c]) first[c] = d;
  }
  if (tx.hasOrders) orderFrequency(tx, frequency);
  else for (let i = 0; i < tx.rowCount; i++) if (tx.customer[i] >= 0 && !tx.isReturn[i]) frequency[tx.customer[i]]++;

  const recencyDays = new Float64Array(k);
  for (let c = 0; c < k; c++) recencyDays[c] = hasPurchase[c] ? asOf - last[c] : NaN;
  return {
    ids: tx.customerIds, hasPurchase, firstPurchaseDay: first, lastPurchaseDay: last, recencyDays,
    frequency, monetary, purchaseAmount, returnRows, returnedRevenue,
  };
}
