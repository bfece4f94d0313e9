import { Codes } from '../dimensions';
import { Transactions } from '../ingest';
import { customersByBuckets, rowCounts, totalsAndReturns } from './group-passes';
import { RowFacts, RowKinds } from './row-facts';

/** One way of grouping the rows (by month, by product …) and what to total per group. */
export interface Grouping {
  /** Group of each row; -1 (a blank cell) means the `blank` group. */
  codes: Codes;
  /** The group of a row whose code is -1, or -1 to leave such rows out. */
  blank: number;
  size: number;
  /** Over scored customers' rows: revenue, distinct purchase orders (units with `quantity`). */
  totals: boolean;
  /** With totals: the distinct customers of purchase rows per group. */
  customers: boolean;
  /** Over rows with a known status: distinct orders, returned orders, returned revenue. */
  returns: boolean;
  /** Over every row with a customer: rows, amounts, distinct orders. */
  rows: boolean;
  quantity: Float64Array | undefined;
  /** Revenue per (segment, group) for rows whose code is not blank: a segment index per customer of the table. */
  segmentOf: { index: Uint16Array; count: number } | undefined;
}

/** Whether a grouping counts each group's distinct customers (only with its totals). */
export const countsCustomers = (g: Grouping): boolean => g.totals && g.customers;

export interface GroupedRows {
  revenue: Float64Array;
  orders: Float64Array;
  customers: Float64Array;
  units: Float64Array;
  knownOrders: Float64Array;
  returnedOrders: Float64Array;
  returnedRevenue: Float64Array;
  rows: Float64Array;
  amount: Float64Array;
  rowOrders: Float64Array;
  /** Revenue per (segment, group), segment × size, when `segmentOf` was given (rows whose code is not blank). */
  segmentRevenue: Float64Array;
}

/**
 * A grouping's totals (group-passes): one pass for its totals and return rates, one for status
 * rows, and for more than 32 groups the customers by buckets. Distinct orders are settled within
 * each order's run of rows (row-facts), distinct customers by bits or buckets, so no pass keeps
 * a table over all orders or all (customer, group) pairs. Sums are taken in row order.
 */
export function groupRows(tx: Transactions, facts: RowFacts, kinds: RowKinds, g: Grouping, customerCount: number, net: boolean): GroupedRows {
  const out = emptyTotals(g);
  const { codes, blank } = g;
  const words = countsCustomers(g) && g.size <= 32 ? new Int32Array(customerCount) : undefined;
  if (g.totals || g.returns) totalsAndReturns(tx, facts, kinds, g, out, net, words);
  if (countsCustomers(g) && !words) customersByBuckets(facts.customerIndex, tx.isReturn, codes, blank, out.customers, customerCount);
  if (g.rows) rowCounts(tx, kinds, codes, blank, out.rows, out.amount, out.rowOrders);
  return out;
}

/** A grouping's totals, zero, sized for what it asks (empty arrays for what it does not). */
export function emptyTotals(g: Grouping): GroupedRows {
  const sized = (on: boolean) => new Float64Array(on ? g.size : 0);
  return {
    revenue: sized(g.totals), orders: sized(g.totals), customers: sized(countsCustomers(g)), units: sized(g.totals && g.quantity !== undefined),
    knownOrders: sized(g.returns), returnedOrders: sized(g.returns), returnedRevenue: sized(g.returns),
    rows: sized(g.rows), amount: sized(g.rows), rowOrders: sized(g.rows),
    segmentRevenue: new Float64Array(g.segmentOf ? g.segmentOf.count * g.size : 0),
  };
}
