import { DimensionColumn } from '../dimensions';
import { Transactions } from '../ingest';
import { AnalysisContext } from './context';
import { RowIndex, indexRows } from './row-index';

/** Per-row facts every row-level analysis shares, computed once per context. */
export interface ReportRows {
  /** Customer-table index of each row; -1 for skipped rows and rows of customers who are not scored. */
  customer: Int32Array;
  /**
   * Row revenue, defined like customer monetary so that every row-level breakdown sums to the
   * total: a purchase row's amount; with returns "net", a credit note's (negative) amount; else 0.
   */
  revenue: Float64Array;
  /** 1 for purchase rows (rows of a customer that are not returns). */
  purchase: Uint8Array;
  /** 1 for used rows with a known status (every used row without a status column). */
  known: Uint8Array;
  /** Order key of each used row (-1 for skipped rows); see orderKeys. */
  order: Int32Array;
  orderCount: number;
  /** Used rows (returns-only customers included) by order key. */
  byOrder: RowIndex;
  /** Rows of scored customers by customer-table index. */
  byCustomer: RowIndex;
}

/**
 * A dense key per (order id, customer) pair, as frequency counts orders; a row without an
 * order id (or every row, without an order column) is an order of its own. An order id
 * shared by two customers is a data error: it counts once per customer, like frequency.
 */
export function orderKeys(tx: Transactions): { keys: Int32Array; count: number } {
  const keys = new Int32Array(tx.rowCount).fill(-1);
  const owner = new Int32Array(tx.orderCount).fill(-1);
  const ownerKey = new Int32Array(tx.orderCount);
  const customers = tx.customerIds.length;
  let shared: Map<number, number> | undefined;
  let next = 0;
  for (let i = 0; i < tx.rowCount; i++) {
    const c = tx.customer[i];
    if (c < 0) continue;
    const o = tx.order[i];
    if (o < 0) keys[i] = next++;
    else if (owner[o] === -1) {
      owner[o] = c;
      ownerKey[o] = keys[i] = next++;
    } else if (owner[o] === c) keys[i] = ownerKey[o];
    else {
      shared ??= new Map();
      const pair = o * customers + c;
      let k = shared.get(pair);
      if (k === undefined) shared.set(pair, (k = next++));
      keys[i] = k;
    }
  }
  return { keys, count: next };
}

function computeRows(ctx: AnalysisContext): ReportRows {
  const { tx, customers } = ctx;
  const net = (ctx.options.returns ?? 'net') === 'net';
  const n = tx.rowCount;
  const customer = new Int32Array(n).fill(-1);
  const revenue = new Float64Array(n);
  const purchase = new Uint8Array(n);
  const known = new Uint8Array(n);
  const status = tx.attributes.status as DimensionColumn | undefined;
  for (let i = 0; i < n; i++) {
    const c = tx.customer[i];
    if (c < 0) continue;
    known[i] = !status || status.codes[i] >= 0 ? 1 : 0;
    const t = customers.indexOfKey[c];
    customer[i] = t;
    if (t < 0) continue;
    const a = tx.amount[i];
    if (!tx.isReturn[i]) {
      purchase[i] = 1;
      revenue[i] = a;
    } else if (net && a < 0) revenue[i] = a;
  }
  const { keys, count } = orderKeys(tx);
  return {
    customer, revenue, purchase, known, order: keys, orderCount: count,
    byOrder: indexRows(keys, count), byCustomer: indexRows(customer, customers.size),
  };
}

const cache = new WeakMap<AnalysisContext, ReportRows>();

/** The context's per-row facts (cached: a context is not expected to change once analysed). */
export function reportRows(ctx: AnalysisContext): ReportRows {
  let rows = cache.get(ctx);
  if (!rows) cache.set(ctx, (rows = computeRows(ctx)));
  return rows;
}
