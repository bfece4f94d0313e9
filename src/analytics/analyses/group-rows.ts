import { Transactions } from '../ingest';
import { COUNTED, KNOWN, RETURN, RowFacts, SCORED } from './row-facts';
import { PairSet } from './pair-set';

/** One way of grouping the rows (by month, by product …) and what to total per group. */
export interface Grouping {
  /** Group of each row; -1 (a blank cell) means the `blank` group. */
  codes: Int32Array;
  /** The group of a row whose code is -1, or -1 to leave such rows out. */
  blank: number;
  size: number;
  /** Over scored customers' rows: revenue, distinct purchase orders and customers (units with `quantity`). */
  totals: boolean;
  /** Over rows with a known status: distinct orders, returned orders, returned revenue. */
  returns: boolean;
  /** Over every row with a customer: rows, amounts, distinct orders. */
  rows: boolean;
  quantity: Float64Array | undefined;
  /** Revenue per (segment, group) for rows whose code is not blank: a segment index per customer of the table. */
  segmentOf: { index: Int32Array; count: number } | undefined;
}

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
  /** segment × size, when `segmentOf` was given; and per segment over its non-blank rows. */
  segmentRevenue: Float64Array;
  segmentTotal: Float64Array;
}

/**
 * Whether no row of the run from row s to row i has row i's code and `want` under `mask` in its
 * kind: then row i is the first of its (order, group) pair among such rows (a code equal to row
 * i's is the same group).
 */
function noEarlier(s: number, i: number, codes: Int32Array, kind: Uint8Array, mask: number, want: number): boolean {
  const code = codes[i];
  for (let j = s; j < i; j++) if (codes[j] === code && (kind[j] & mask) === want) return false;
  return true;
}

/** Pairs (order, group × 4 + question) of scattered orders' rows, made on first use: most data has none. */
function lazyPairs(): () => PairSet {
  let pairs: PairSet | undefined;
  return () => (pairs ??= new PairSet(1024));
}

/** Distinct customers per group: a word of bits per customer up to 32 groups, else rows bucketed by group and stamped. */
function distinctCustomers(facts: RowFacts, g: Grouping, out: Float64Array, customerCount: number): void {
  const { kind, customerIndex } = facts;
  const { codes, blank, size } = g;
  const n = kind.length;
  if (size <= 32) {
    const words = new Int32Array(customerCount);
    for (let i = 0; i < n; i++) {
      if ((kind[i] & (SCORED | RETURN)) !== SCORED) continue;
      const k = codes[i] < 0 ? blank : codes[i];
      if (k < 0) continue;
      const t = customerIndex[i];
      const bit = 1 << k;
      if (!(words[t] & bit)) (words[t] |= bit), out[k]++;
    }
    return;
  }
  const starts = new Int32Array(size + 1);
  for (let i = 0; i < n; i++) {
    if ((kind[i] & (SCORED | RETURN)) !== SCORED) continue;
    const k = codes[i] < 0 ? blank : codes[i];
    if (k >= 0) starts[k + 1]++;
  }
  for (let k = 0; k < size; k++) starts[k + 1] += starts[k];
  const next = starts.slice(0, size);
  const bucketed = new Int32Array(starts[size]);
  for (let i = 0; i < n; i++) {
    if ((kind[i] & (SCORED | RETURN)) !== SCORED) continue;
    const k = codes[i] < 0 ? blank : codes[i];
    if (k >= 0) bucketed[next[k]++] = customerIndex[i];
  }
  const stamp = new Int32Array(customerCount); // group + 1 that last counted the customer
  for (let k = 0; k < size; k++) {
    for (let e = starts[k]; e < starts[k + 1]; e++) {
      const t = bucketed[e];
      if (stamp[t] !== k + 1) (stamp[t] = k + 1), out[k]++;
    }
  }
}

/** Scored customers' rows: revenue, purchase orders, units, revenue by segment. */
function totals(tx: Transactions, facts: RowFacts, g: Grouping, out: GroupedRows): void {
  const { kind, revenue: rowRevenue, customerIndex, runStart } = facts;
  const { codes, blank, quantity, segmentOf, size } = g;
  const { revenue, orders, units, segmentRevenue, segmentTotal } = out;
  const segment = segmentOf?.index;
  const spill = lazyPairs();
  for (let i = 0; i < kind.length; i++) {
    const kd = kind[i];
    if (!(kd & SCORED)) continue;
    const k = codes[i] < 0 ? blank : codes[i];
    if (k < 0) continue;
    const r = rowRevenue[i];
    revenue[k] += r;
    if (segment && codes[i] >= 0) {
      const s = segment[customerIndex[i]];
      segmentRevenue[s * size + k] += r;
      segmentTotal[s] += r;
    }
    if (kd & RETURN) continue;
    const s = runStart[i];
    if (s === i || (s >= 0 ? noEarlier(s, i, codes, kind, SCORED | RETURN, SCORED) : spill().add(tx.order[i], k * 4))) orders[k]++;
    if (quantity && !Number.isNaN(quantity[i])) units[k] += quantity[i];
  }
}

/** Rows with a known status: orders, returned orders, returned revenue. */
function returns(tx: Transactions, facts: RowFacts, g: Grouping, out: GroupedRows): void {
  const { kind, runStart } = facts;
  const { codes, blank } = g;
  const { knownOrders, returnedOrders, returnedRevenue } = out;
  const { amount, order } = tx;
  const spill = lazyPairs();
  const KNOWN_ROW = COUNTED | KNOWN;
  const RETURNED_ROW = COUNTED | KNOWN | RETURN;
  for (let i = 0; i < kind.length; i++) {
    const kd = kind[i];
    if ((kd & KNOWN_ROW) !== KNOWN_ROW) continue;
    const k = codes[i] < 0 ? blank : codes[i];
    if (k < 0) continue;
    const s = runStart[i];
    if (s === i || (s >= 0 ? noEarlier(s, i, codes, kind, KNOWN_ROW, KNOWN_ROW) : spill().add(order[i], k * 4 + 1))) knownOrders[k]++;
    if (!(kd & RETURN)) continue;
    returnedRevenue[k] += Math.abs(amount[i]);
    if (s === i || (s >= 0 ? noEarlier(s, i, codes, kind, RETURNED_ROW, RETURNED_ROW) : spill().add(order[i], k * 4 + 2))) returnedOrders[k]++;
  }
}

/** Every row with a customer: rows, amounts, orders. */
function rows(tx: Transactions, facts: RowFacts, g: Grouping, out: GroupedRows): void {
  const { kind, runStart } = facts;
  const { codes, blank } = g;
  const { rows: count, amount: sum, rowOrders } = out;
  const { amount, order } = tx;
  const spill = lazyPairs();
  for (let i = 0; i < kind.length; i++) {
    if (!(kind[i] & COUNTED)) continue;
    const k = codes[i] < 0 ? blank : codes[i];
    if (k < 0) continue;
    count[k]++;
    sum[k] += amount[i];
    const s = runStart[i];
    if (s === i || (s >= 0 ? noEarlier(s, i, codes, kind, COUNTED, COUNTED) : spill().add(order[i], k * 4 + 3))) rowOrders[k]++;
  }
}

/**
 * A grouping's totals: a tight pass over the rows per kind of total. Distinct orders are settled
 * within each order's run of rows (row-facts), distinct customers by bits or buckets, so no pass
 * keeps a table over all orders or all (customer, group) pairs. Sums are taken in row order.
 */
export function groupRows(tx: Transactions, facts: RowFacts, g: Grouping, customerCount: number): GroupedRows {
  const sized = (on: boolean) => new Float64Array(on ? g.size : 0);
  const out: GroupedRows = {
    revenue: sized(g.totals), orders: sized(g.totals), customers: sized(g.totals), units: sized(g.totals && g.quantity !== undefined),
    knownOrders: sized(g.returns), returnedOrders: sized(g.returns), returnedRevenue: sized(g.returns),
    rows: sized(g.rows), amount: sized(g.rows), rowOrders: sized(g.rows),
    segmentRevenue: new Float64Array(g.segmentOf ? g.segmentOf.count * g.size : 0),
    segmentTotal: new Float64Array(g.segmentOf ? g.segmentOf.count : 0),
  };
  if (g.totals) {
    totals(tx, facts, g, out);
    distinctCustomers(facts, g, out.customers, customerCount);
  }
  if (g.returns) returns(tx, facts, g, out);
  if (g.rows) rows(tx, facts, g, out);
  return out;
}
