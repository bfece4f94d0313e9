import { AnalysisContext } from './context';
import { scatteredOrders } from './order-runs';

/** Bits of a row's kind. A row without a customer has kind 0. */
export const COUNTED = 1; // has a customer
export const SCORED = 2; // its customer is scored
export const RETURN = 4;
export const KNOWN = 8; // its status is known (always, without a status column)

/** What every grouping pass reads about each row, computed in one pass. */
export interface RowFacts {
  kind: Uint8Array;
  /** Revenue of the row: see rowRevenue; 0 for rows of customers not scored. */
  revenue: Float64Array;
  /** Index of the row's customer in the customer table, -1 when not scored. */
  customerIndex: Int32Array;
  /**
   * The first row of the row's order run (adjacent rows of one order, see order-runs): the row
   * itself for the first row and for a row without an order, -1 for a row of a scattered order.
   */
  runStart: Int32Array;
  /** Σ revenue, in row order. */
  totalRevenue: number;
  /** Σ amount of every row with a customer, in row order. */
  totalAmount: number;
  /** First and last day of a scored customer's purchase row. */
  firstPurchaseDay: number;
  lastPurchaseDay: number;
}

const cache = new WeakMap<AnalysisContext, RowFacts>();

/** The row facts of a context, computed once. */
export function rowFacts(ctx: AnalysisContext): RowFacts {
  let facts = cache.get(ctx);
  if (!facts) cache.set(ctx, (facts = computeRowFacts(ctx)));
  return facts;
}

function computeRowFacts(ctx: AnalysisContext): RowFacts {
  const { tx } = ctx;
  const { customer, order, amount, isReturn, day } = tx;
  const { indexOfKey } = ctx.customers;
  const status = tx.attributes.status?.kind === 'category' ? tx.attributes.status.codes : undefined;
  const net = ctx.options.returns === 'net';
  const scattered = scatteredOrders(tx);
  const n = tx.rowCount;
  const kind = new Uint8Array(n);
  const revenue = new Float64Array(n);
  const customerIndex = new Int32Array(n).fill(-1);
  const runStart = new Int32Array(n);
  let totalRevenue = 0;
  let totalAmount = 0;
  let first = Infinity;
  let last = -Infinity;
  let runOrder = -1;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = customer[i];
    if (c < 0) {
      runOrder = -1;
      continue;
    }
    const t = indexOfKey[c];
    const ret = isReturn[i];
    const a = amount[i];
    const o = order[i];
    kind[i] = COUNTED | (t >= 0 ? SCORED : 0) | (ret ? RETURN : 0) | (!status || status[i] >= 0 ? KNOWN : 0);
    customerIndex[i] = t;
    totalAmount += a;
    if (o < 0) {
      runStart[i] = i;
      runOrder = -1;
    } else if (scattered[o]) {
      runStart[i] = -1;
      runOrder = -1;
    } else {
      if (o !== runOrder) (runOrder = o), (start = i);
      runStart[i] = start;
    }
    if (t < 0) continue;
    const r = ret ? (net && a < 0 ? a : 0) : a;
    revenue[i] = r;
    totalRevenue += r;
    if (!ret) {
      if (day[i] < first) first = day[i];
      if (day[i] > last) last = day[i];
    }
  }
  return { kind, revenue, customerIndex, runStart, totalRevenue, totalAmount, firstPurchaseDay: first, lastPurchaseDay: last };
}
