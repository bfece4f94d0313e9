import { Codes } from '../dimensions';
import { Transactions } from '../ingest';
import { PairSet } from './pair-set';
import { GroupedRows, Grouping } from './group-rows';
import { COUNTED, KNOWN, RETURN, RowFacts, RowKinds, SCATTERED, SCORED, grown, revenueOf } from './row-facts';

/**
 * Distinct (order, group) pairs, one question at a time, over the rows asked about. Within an
 * order's run (row-facts) a row is the first of its pair when its group's stamp does not hold the
 * run's first row yet: no branch on the data, and nothing kept per order. Rows of scattered
 * orders ask a table of pairs, made on first use.
 */
class FirstInOrder {
  private pairs: PairSet | undefined;
  private readonly stamp: Int32Array; // per group: first row of the last run that had the group

  constructor(private readonly kinds: RowKinds, private readonly order: Int32Array, size: number) {
    this.stamp = new Int32Array(size).fill(-1);
  }

  /** 1 when row i (group k) is the first of its (order, group) pair among the rows asked about, else 0. */
  test(i: number, k: number): number {
    const back = this.kinds.runBack[i];
    if (back === SCATTERED) {
      this.pairs ??= new PairSet(1024);
      return +this.pairs.add(this.order[i], k);
    }
    const run = i - back;
    const fresh = +(this.stamp[k] !== run);
    this.stamp[k] = run;
    return fresh;
  }
}

/**
 * One pass for a grouping's totals and return rates. Over scored customers' rows, per group:
 * revenue, distinct purchase orders, and as the grouping asks, units of purchase rows (blank
 * quantities left out), revenue per (segment, group) of rows whose code is not blank, and with
 * `words` (a word of bits per customer, up to 32 groups) the distinct customers of purchase
 * rows. Over rows with a known status (any customer's), when the grouping asks for returns:
 * distinct orders, returned orders and returned revenue (Σ |amount| of return rows). The
 * optional parts cost a loop-invariant test per row; a pass of their own cost a read of every
 * row again.
 */
export function totalsAndReturns(tx: Transactions, facts: RowFacts, kinds: RowKinds, g: Grouping, out: GroupedRows, net: boolean, words: Int32Array | undefined): void {
  const { customerIndex } = facts;
  const { kind } = kinds;
  const { amount } = tx;
  const { codes, blank, size, quantity, totals, returns } = g;
  const segment = g.segmentOf?.index;
  const { revenue, orders, customers, units, segmentRevenue, knownOrders, returnedOrders, returnedRevenue } = out;
  const firstPurchase = new FirstInOrder(kinds, tx.order, size);
  const firstKnown = new FirstInOrder(kinds, tx.order, size);
  const firstReturned = new FirstInOrder(kinds, tx.order, size);
  for (let i = 0; i < kind.length; i++) {
    const kd = kind[i];
    if (!kd) continue;
    const k = codes[i] < 0 ? blank : codes[i];
    if (k < 0) continue;
    if (returns && kd & KNOWN) {
      knownOrders[k] += firstKnown.test(i, k);
      if (kd & RETURN) {
        returnedRevenue[k] += Math.abs(amount[i]);
        returnedOrders[k] += firstReturned.test(i, k);
      }
    }
    if (!totals || !(kd & SCORED)) continue;
    const r = revenueOf(kd, amount[i], net);
    revenue[k] += r;
    if (segment && codes[i] >= 0) {
      const s = segment[customerIndex[i]];
      segmentRevenue[s * size + k] += r;
    }
    if (kd & RETURN) continue;
    orders[k] += firstPurchase.test(i, k);
    if (quantity && quantity[i] === quantity[i]) units[k] += quantity[i];
    if (!words) continue;
    const t = customerIndex[i];
    const word = words[t];
    customers[k] += ((word >>> k) & 1) ^ 1;
    words[t] = word | (1 << k);
  }
}

/**
 * Distinct customers of purchase rows per group, any number of groups: customers bucketed by
 * group, then stamped. A scored customer's purchase row is one with a customer index and no return.
 */
export function customersByBuckets(customerIndex: Int32Array, isReturn: Uint8Array, codes: Codes, blank: number, customers: Float64Array, customerCount: number): void {
  const size = customers.length;
  const starts = new Int32Array(size + 1);
  for (let i = 0; i < customerIndex.length; i++) {
    if (customerIndex[i] < 0 || isReturn[i]) continue;
    const k = codes[i] < 0 ? blank : codes[i];
    if (k >= 0) starts[k + 1]++;
  }
  for (let k = 0; k < size; k++) starts[k + 1] += starts[k];
  const next = starts.slice(0, size);
  const bucketed = new Int32Array(starts[size]);
  for (let i = 0; i < customerIndex.length; i++) {
    if (customerIndex[i] < 0 || isReturn[i]) continue;
    const k = codes[i] < 0 ? blank : codes[i];
    if (k >= 0) bucketed[next[k]++] = customerIndex[i];
  }
  stampCustomers(starts, bucketed, customers, customerCount);
}

/**
 * customersByBuckets from (customer, group) pairs the one-pass kernel wrote, `(customer << shift) | group`
 * per purchase row, with `counts[k + 1]` the pairs of group k: the buckets come from the pairs
 * (half a million words a million rows) rather than from a walk over every row again.
 */
export function customersFromPairs(pairs: Int32Array, counts: Int32Array, shift: number, customers: Float64Array, customerCount: number): void {
  const size = customers.length;
  const starts = counts;
  for (let k = 0; k < size; k++) starts[k + 1] += starts[k];
  const next = starts.slice(0, size);
  const bucketed = new Int32Array(starts[size]);
  const mask = (1 << shift) - 1;
  for (let e = 0; e < bucketed.length; e++) {
    const pair = pairs[e];
    bucketed[next[pair & mask]++] = pair >>> shift;
  }
  stampCustomers(starts, bucketed, customers, customerCount);
}

/**
 * Distinct customers of purchase rows for a few of a grouping's groups (`groups`, as the products a
 * section lists), in order: one pass that pairs only their rows, so the rest cost no pair.
 */
export function customersOfGroups(customerIndex: Int32Array, isReturn: Uint8Array, g: Pick<Grouping, 'codes' | 'blank' | 'size'>, groups: readonly number[], customerCount: number): Float64Array {
  const customers = new Float64Array(groups.length);
  if (groups.length === 0) return customers;
  const shift = 32 - Math.clz32(groups.length - 1);
  if (customerCount > 2 ** (31 - shift)) {
    // (customer, group) does not fit a word: every group's customers by buckets, then the ones asked.
    const all = new Float64Array(g.size);
    customersByBuckets(customerIndex, isReturn, g.codes, g.blank, all, customerCount);
    return Float64Array.from(groups, (k) => all[k]);
  }
  const slot = new Int32Array(g.size).fill(-1);
  groups.forEach((k, s) => (slot[k] = s));
  const { codes, blank } = g;
  const counts = new Int32Array(groups.length + 1);
  let pairs: Int32Array = new Int32Array(1024);
  let n = 0;
  // The group first: few rows are of the groups asked for, so that branch is foreseen, where one on
  // the row being a purchase is not.
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    const k = c < 0 ? blank : c;
    const s = k < 0 ? -1 : slot[k];
    if (s < 0) continue;
    const t = customerIndex[i];
    if (t < 0 || isReturn[i]) continue;
    if (n === pairs.length) pairs = grown(pairs);
    counts[s + 1]++;
    pairs[n++] = (t << shift) | s;
  }
  customersFromPairs(pairs, counts, shift, customers, customerCount);
  return customers;
}

/** Per group k, the distinct customers among bucketed[starts[k] .. starts[k + 1]). */
function stampCustomers(starts: Int32Array, bucketed: Int32Array, customers: Float64Array, customerCount: number): void {
  // Group + 1 that last counted the customer, read at random: half-words where the groups allow.
  const stamp = customers.length < 0xffff ? new Uint16Array(customerCount) : new Int32Array(customerCount);
  // Without a branch per pair: whether a customer comes again within a group is what the data
  // makes unpredictable.
  for (let k = 0; k < customers.length; k++) {
    const mark = k + 1;
    let count = 0;
    for (let e = starts[k]; e < starts[k + 1]; e++) {
      const t = bucketed[e];
      count += +(stamp[t] !== mark);
      stamp[t] = mark;
    }
    customers[k] += count;
  }
}

/** Over every row with a customer: rows, Σ amount and distinct orders per group. */
export function rowCounts(tx: Transactions, facts: RowKinds, codes: Codes, blank: number, rows: Float64Array, sum: Float64Array, orders: Float64Array): void {
  const { kind } = facts;
  const { amount } = tx;
  const first = new FirstInOrder(facts, tx.order, rows.length);
  for (let i = 0; i < kind.length; i++) {
    if (!(kind[i] & COUNTED)) continue;
    const k = codes[i] < 0 ? blank : codes[i];
    if (k < 0) continue;
    rows[k]++;
    sum[k] += amount[i];
    orders[k] += first.test(i, k);
  }
}
