import { AnalysisContext } from './context';
import { hashedCopies, sameRow } from './copies';
import { scatteredOrders } from './order-runs';
import { ReturnTotals } from './returns';
import { Transactions } from '../ingest';

/** Bits of a row's kind. A row without a customer has kind 0. */
export const COUNTED = 1; // has a customer
export const SCORED = 2; // its customer is scored
export const RETURN = 4;
export const KNOWN = 8; // its status is known (always, without a status column)

/** runBack of a row of a scattered order. */
export const SCATTERED = 255;

/** What the report's analyses read about the rows, computed in one pass. */
export interface RowFacts {
  /** Index of the row's customer in the customer table, -1 when not scored. */
  customerIndex: Int32Array;
  /** Σ revenue (revenueOf) of scored customers' rows, in row order. */
  totalRevenue: number;
  /** Σ amount of every row with a customer, in row order. */
  totalAmount: number;
  /** First and last day of a scored customer's purchase row. */
  firstPurchaseDay: number;
  lastPurchaseDay: number;
  /** First and last day of any scored customer's row (the periods of the trend). */
  firstDay: number;
  lastDay: number;
  /** Returns over every row with a customer (returnTotals, taken on the way). */
  returns: ReturnTotals;
  negativeAmounts: number;
  zeroAmounts: number;
  /** Rows that are not returns with a negative quantity (0 without a quantity column): data quality's check. */
  negativeQuantities: number;
  /**
   * Rows with a customer equal to an earlier one in customer, day, amount, order and product
   * (copies.ts): within an order's run among the run's earlier rows, since equal rows share their
   * order; rows outside runs (no order id, a scattered order) hashed.
   */
  copies: number;
}

/**
 * What the hand-written grouping passes also read about each row (computeRowFacts writes it). The
 * compiled pass keeps both in locals and writes neither: nothing reads them after it.
 */
export interface RowKinds {
  kind: Uint8Array;
  /**
   * How many rows back the row's order run starts (adjacent rows of one order, see order-runs):
   * 0 for the first row and for a row without an order (an order of its own), SCATTERED for a
   * row of a scattered order. A byte, as runs are at most MAX_RUN rows: 1 MB a million rows
   * where row numbers took 4 (fresh pages cost ~15 µs each on the machines measured).
   */
  runBack: Uint8Array;
}

/**
 * Revenue of a scored customer's row, consistent with customer monetary: a purchase row's
 * amount; a return row's amount when it is a credit note (negative) and returns are netted;
 * else 0. Rows of customers who are not scored carry none, so every breakdown sums to the total.
 */
export function revenueOf(kind: number, amount: number, net: boolean): number {
  return kind & RETURN ? (net && amount < 0 ? amount : 0) : amount;
}

/** The array twice as long, its values kept. */
export function grown(a: Int32Array): Int32Array {
  const out = new Int32Array(a.length * 2);
  out.set(a);
  return out;
}

/** The row facts in a pass of their own: where the one-pass kernel cannot be compiled, and the tests' reference for it. */
export function computeRowFacts(ctx: AnalysisContext): { facts: RowFacts; kinds: RowKinds } {
  const { tx } = ctx;
  const { customer, order, amount, isReturn, day } = tx;
  const product = tx.attributes.product?.kind === 'category' ? tx.attributes.product.codes : undefined;
  const { indexOfKey } = ctx.customers;
  const status = tx.attributes.status?.kind === 'category' ? tx.attributes.status.codes : undefined;
  const quantity = tx.attributes.quantity?.kind === 'number' ? tx.attributes.quantity.values : undefined;
  const net = ctx.options.returns === 'net';
  const scattered = scatteredOrders(tx);
  const n = tx.rowCount;
  const kind = new Uint8Array(n);
  const customerIndex = new Int32Array(n);
  const runBack = new Uint8Array(n);
  let scatteredFlags: Uint8Array | undefined; // per scattered order: bit 1 counted known, bit 2 counted returned
  let knownOrders = 0;
  let returnedOrders = 0;
  let returnedRevenue = 0;
  let grossSales = 0;
  let totalRevenue = 0;
  let totalAmount = 0;
  let first = Infinity;
  let last = -Infinity;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  let negative = 0;
  let zero = 0;
  let negativeQuantities = 0;
  let outside: Int32Array = new Int32Array(64);
  let outsideCount = 0;
  let copies = 0;
  let runOrder = -1;
  let start = 0;
  let runFlags = 0;
  for (let i = 0; i < n; i++) {
    const c = customer[i];
    if (c < 0) {
      customerIndex[i] = -1;
      runOrder = -1;
      continue;
    }
    const t = indexOfKey[c];
    const ret = isReturn[i];
    const a = amount[i];
    const o = order[i];
    const known = !status || status[i] >= 0;
    const kd = COUNTED | (t >= 0 ? SCORED : 0) | (ret ? RETURN : 0) | (known ? KNOWN : 0);
    kind[i] = kd;
    customerIndex[i] = t;
    totalAmount += a;
    if (a < 0) negative++;
    else if (a === 0) zero++;
    if (!ret || a > 0) grossSales += a;
    // The order's flags so far (bit 1 counted as known, bit 2 as returned): the run's, the scattered order's, or none.
    let flags = 0;
    if (o < 0 || scattered[o]) {
      runBack[i] = o < 0 ? 0 : SCATTERED;
      runOrder = -1;
      if (outsideCount === outside.length) outside = grown(outside);
      outside[outsideCount++] = i;
      if (o >= 0) flags = (scatteredFlags ??= new Uint8Array(tx.orderCount))[o];
    } else {
      if (o !== runOrder) (runOrder = o), (start = i), (runFlags = 0);
      runBack[i] = i - start;
      flags = runFlags;
      // A copy is among the run's earlier rows, since equal rows share their order: copies.ts's
      // sameRow written out (a call per pair made this pass ~7 ms slower at a million rows).
      const d = day[i];
      const p = product ? product[i] : 0;
      for (let j = start; j < i; j++) {
        if (amount[j] === a && customer[j] === c && day[j] === d && (!product || product[j] === p)) {
          copies++;
          break;
        }
      }
    }
    if (known) {
      if (!(flags & 1)) knownOrders++;
      flags |= 1;
      if (ret) {
        returnedRevenue += Math.abs(a);
        if (!(flags & 2)) returnedOrders++;
        flags |= 2;
      }
      if (o >= 0 && scattered[o]) scatteredFlags![o] = flags;
      else runFlags = flags;
    }
    if (t < 0) continue;
    totalRevenue += revenueOf(kd, a, net);
    const d = day[i];
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
    if (!ret) {
      if (d < first) first = d;
      if (d > last) last = d;
      if (quantity && quantity[i] < 0) negativeQuantities++;
    }
  }
  const totals = new Float64Array(FACT_TOTALS);
  totals.set([totalRevenue, totalAmount, first, last, firstDay, lastDay, knownOrders, returnedOrders, returnedRevenue, grossSales, negative, zero, copies, outsideCount, negativeQuantities]);
  return { facts: rowFactsOf(tx, customerIndex, totals, outside), kinds: { kind, runBack } };
}

/** Where each total sits in the array the passes fill (the compiled pass names the same slots). */
export const FACT_SLOTS = [
  'totalRevenue', 'totalAmount', 'firstPurchase', 'lastPurchase', 'firstDay', 'lastDay', 'knownOrders', 'returnedOrders', 'returnedRevenue',
  'grossSales', 'negative', 'zero', 'copies', 'outsideCount', 'negativeQuantities',
] as const;
export const FACT_TOTALS = FACT_SLOTS.length;

/**
 * The row facts from a pass's customer column and totals (FACT_SLOTS), with the copies among rows
 * outside runs hashed: one literal for both passes, so the record has one hidden class.
 */
export function rowFactsOf(tx: Transactions, customerIndex: Int32Array, t: Float64Array, outside: Int32Array): RowFacts {
  return {
    customerIndex, totalRevenue: t[0], totalAmount: t[1], firstPurchaseDay: t[2], lastPurchaseDay: t[3], firstDay: t[4], lastDay: t[5],
    returns: { knownOrders: t[6], returnedOrders: t[7], returnedRevenue: t[8], grossSales: t[9] },
    negativeAmounts: t[10], zeroAmounts: t[11], negativeQuantities: t[14], copies: t[12] + hashedCopies(outside.subarray(0, t[13]), tx, sameRow(tx)),
  };
}
