import { Transactions } from '../ingest';
import { GroupedRows, Grouping, countsCustomers, emptyTotals } from './group-rows';
import { customersByBuckets, customersFromPairs } from './group-passes';
import { PairSet } from './pair-set';
import { PeriodFrame } from './periods';
import { KNOWN, RETURN, RowFacts, SCORED } from './row-facts';
import { CustomerTable } from '../customer-table';
import { FactsPass, factsDeclarations, factsEnd, factsOfRow, factsOfScoredRow, factsPass } from './kernel-facts';

/**
 * Every grouping of the report, and the months and years, totalled in one pass over the rows by a
 * loop written for exactly those groupings and compiled once per shape (as arquero compiles its
 * expressions). The same loop with the optional parts behind flags, or one object per grouping,
 * measured no faster than a pass per grouping: what a pass costs is loading every row and its
 * facts and branching on its kind, so one pass pays it once only when nothing else is left in the
 * loop. The same loop takes the row facts first (kernel-facts.ts), so each row is read once. The
 * totals are those of group-passes.ts and periods.ts, summed in the same row order, so they are
 * equal to the last bit; the report uses those passes where code cannot be compiled.
 */

/** The compiled pass: returns the rows outside order runs (kernel-facts.ts). */
type Kernel = (...args: unknown[]) => Int32Array;
/** For a row of a scattered order: 1 when (its order, key) is new to the table `id`, else 0. */
type Spill = (id: number, row: number, key: number) => number;

interface GroupState {
  g: Grouping;
  out: GroupedRows;
  /** A word of bits per customer (up to 32 groups), as narrow as the groups allow. */
  words: Uint8Array | Uint16Array | Int32Array | undefined;
  /** The segment of each customer (segmentOf), where the segments do not fit a byte (else factsPass packs them). */
  segment: Uint16Array | undefined;
  /**
   * For more groups than a word holds: `(customer << shift) | group` per purchase row and the
   * count per group (at k + 1), for customersFromPairs; undefined where the pair does not fit 31 bits.
   */
  pairs: Int32Array | undefined;
  pairCounts: Int32Array | undefined;
  shift: number;
  /** Where its groups' slots start in the kernel's one array of slots (see SLOTS). */
  base: number;
}

/**
 * What the kernel keeps per group, side by side in one array (`state`: STRIDE slots a group, then
 * as many a month and a year): the totals, then the first row of the last run counted for
 * purchase, known and returned orders and for rows. A row then reaches all of it through one
 * array rather than one per total (each typed array read costs its own loads and bounds check),
 * and a group's state shares two cache lines rather than spreading over fourteen arrays.
 */
const SLOTS = [
  'revenue', 'orders', 'customers', 'units', 'knownOrders', 'returnedOrders', 'returnedRevenue', 'rows', 'amount', 'rowOrders',
  'purchase', 'known', 'returned', 'counted',
] as const;
type Slot = (typeof SLOTS)[number];
const STRIDE = 16;
const TOTAL_SLOTS = SLOTS.slice(0, SLOTS.indexOf('purchase')) as Exclude<Slot, 'purchase' | 'known' | 'returned' | 'counted'>[];

/** The slot of the row's group `j` (its offset is o{j}), or with a period's offset (pm, py) of its month or year. */
const slot = (j: number | string, name: Slot) => `state[${typeof j === 'number' ? `o${j}` : j} + ${SLOTS.indexOf(name)}]`;

/** A distinct-order count: by a run stamp, or for a scattered order's row by a table (`key` is what the table pairs with the order). */
function distinct(total: string, stamp: string, key: string, id: number): string {
  return `if (run < 0) ${total} += spill(${id}, i, ${key}); else { ${total} += +(${stamp} !== run); ${stamp} = run; }`;
}

/**
 * The loop's body in phases by the row's kind, as a hand-written pass would be: every row with a
 * customer (status rows), rows with a known status (returns), scored customers' rows (revenue),
 * their purchase rows (orders, units, customers). Each grouping adds its lines to the phases it
 * totals: what group-passes.ts's totalsAndReturns and rowCounts, and periods.ts, do for it.
 */
function loopBody(facts: FactsPass, groups: GroupState[], p: PeriodFrame | undefined): string {
  const each = (pick: (s: GroupState) => boolean, part: (j: number, s: GroupState) => string) =>
    groups.map((s, j) => (pick(s) ? (s.g.blank < 0 ? `if (k${j} >= 0) { ${part(j, s)} }` : part(j, s)) : '')).join('\n');
  const pid = 4 * groups.length;
  // Days are whole (Transactions.day is an Int32Array) and within the frame's table: a lookup each.
  const month = p?.monthTable ? 'monthTable[rowDay - lo]' : 'monthOf(rowDay)';
  return `
  ${groups.map((_, j) => `const c${j} = codes${j}[i]; const k${j} = c${j} < 0 ? blank${j} : c${j}; const o${j} = base${j} + k${j} * ${STRIDE};`).join('\n')}
  ${each((s) => s.g.rows, (j) => `${slot(j, 'rows')}++; ${slot(j, 'amount')} += a; ${distinct(slot(j, 'rowOrders'), slot(j, 'counted'), `k${j}`, 4 * j)}`)}
  if (kd & ${KNOWN}) {
    ${each((s) => s.g.returns, (j) => distinct(slot(j, 'knownOrders'), slot(j, 'known'), `k${j}`, 4 * j + 1))}
    if (kd & ${RETURN}) {
      const abs = Math.abs(a);
      ${each((s) => s.g.returns, (j) => `${slot(j, 'returnedRevenue')} += abs; ${distinct(slot(j, 'returnedOrders'), slot(j, 'returned'), `k${j}`, 4 * j + 2)}`)}
    }
  }
  if (!(kd & ${SCORED})) continue;
  const r = kd & ${RETURN} ? (net && a < 0 ? a : 0) : a;
  ${factsOfScoredRow(facts)}
  ${each((s) => s.g.totals, (j, s) => `${slot(j, 'revenue')} += r;` + (s.g.segmentOf ? ` if (c${j} >= 0) { const s = ${facts.packedSegment ? 'seg' : `segment${j}[t]`}; segmentRevenue${j}[s * size${j} + k${j}] += r; }` : ''))}
  ${p ? `const m = ${month} - first; const pm = monthBase + m * ${STRIDE}; const py = yearAt[m]; ${slot('pm', 'revenue')} += r;` : ''}
  if (kd & ${RETURN}) continue;
  ${each((s) => s.g.totals, (j, s) => [
    distinct(slot(j, 'orders'), slot(j, 'purchase'), `k${j}`, 4 * j + 3),
    s.g.quantity ? `{ const q = quantity${j}[i]; if (q === q) ${slot(j, 'units')} += q; }` : '',
    s.words ? `{ const w = words${j}[t]; ${slot(j, 'customers')} += ((w >>> k${j}) & 1) ^ 1; words${j}[t] = w | (1 << k${j}); }` : '',
    s.pairs ? `pairCounts${j}[k${j} + 1]++; pairs${j}[pairCount${j}++] = (t << ${s.shift}) | k${j};` : '',
  ].join(' '))}
  ${p ? `if (run !== lastRun || t !== lastT || m !== lastM) {
    if (run >= 0) { lastRun = run; lastT = t; lastM = m; }
    if (run < 0) { ${slot('pm', 'orders')} += spill(${pid}, i, m); ${slot('py', 'orders')} += spill(${pid}, i, months + yearOf[m]); }
    else { ${['pm', 'py'].map((at) => `${slot(at, 'orders')} += +(${slot(at, 'purchase')} !== run); ${slot(at, 'purchase')} = run;`).join(' ')} }
    ${newPair(slot('pm', 'customers'), 'monthCustomers', 'm', 'months', !!p.monthCustomers.bits)}
    ${newPair(slot('py', 'customers'), 'yearCustomers', 'yearOf[m]', 'years', !!p.yearCustomers.bits)}
  }` : ''}`;
}

/** A new (customer, period) pair: a bit of the bitmap when there is one, else the set's add. */
function newPair(total: string, set: string, period: string, count: string, bits: boolean): string {
  if (!bits) return `${total} += ${set}.add(t, ${period});`;
  return `{ const at = t * ${count} + ${period}; const b = ${set}Bits[at >> 3]; ${set}Bits[at >> 3] = b | (1 << (at & 7)); ${total} += ((b >> (at & 7)) & 1) ^ 1; }`;
}

/**
 * What the loop reads, by the name the loop gives it: the row columns, each grouping's columns
 * (named with the grouping's index), the slots of every group, month and year (`state`), and the
 * periods' lookups and customer bits. They come in as
 * parameters, not as objects to read them from: compiled code that read them from the caller's
 * objects was thrown away whenever a previous run's objects were collected.
 */
function kernelArgs(facts: FactsPass, groups: GroupState[], state: Float64Array, p: PeriodFrame | undefined, net: boolean, spill: Spill): Record<string, unknown> {
  const args: Record<string, unknown> = { ...facts.args, net, spill, state };
  groups.forEach(({ g, out, words, segment, pairs, pairCounts, base }, j) => {
    const own = { codes: g.codes, blank: g.blank, size: g.size, quantity: g.quantity, segment, words, pairs, pairCounts, segmentRevenue: out.segmentRevenue, base };
    for (const [name, value] of Object.entries(own)) args[`${name}${j}`] = value;
  });
  if (p) {
    const yearOf = Int32Array.from({ length: p.months }, (_, m) => Math.floor((m + p.first) / 12) - p.firstYear);
    const monthBase = periodBase(groups);
    const yearAt = yearOf.map((y) => monthBase + (p.months + y) * STRIDE);
    Object.assign(args, {
      monthOf: p.monthOf, monthTable: p.monthTable, lo: p.lo, first: p.first, months: p.months, years: p.years, yearOf, monthBase, yearAt,
      monthCustomers: p.monthCustomers, yearCustomers: p.yearCustomers, monthCustomersBits: p.monthCustomers.bits, yearCustomersBits: p.yearCustomers.bits,
    });
  }
  return args;
}

/** The months' slots come after the groups' (then the years'). */
const periodBase = (groups: GroupState[]) => groups.reduce((end, s) => end + s.g.size * STRIDE, 0);

/** The months' and years' totals out of the kernel's slots (revenue by month only: periodResult sums a year's from its months). */
function unpackPeriods(state: Float64Array, groups: GroupState[], p: PeriodFrame): void {
  const base = periodBase(groups);
  const into = (total: Float64Array, count: number, from: number, name: Slot) => {
    for (let k = 0; k < count; k++) total[k] = state[from + k * STRIDE + SLOTS.indexOf(name)];
  };
  into(p.byMonth.revenue, p.months, base, 'revenue');
  for (const name of ['orders', 'customers'] as const) {
    into(p.byMonth[name], p.months, base, name);
    into(p.byYear[name], p.years, base + p.months * STRIDE, name);
  }
}

function kernelSource(facts: FactsPass, groups: GroupState[], periods: PeriodFrame | undefined): string {
  return `"use strict";
${factsDeclarations}
${groups.map((s, j) => (s.pairs ? `let pairCount${j} = 0;` : '')).join(' ')}
${periods ? '// The last purchase row whose order and (customer, month) the periods counted: a row of the same run, customer\n// and month adds nothing to them (nor to its year), and rows of an order mostly share all three.\nlet lastRun = -2, lastT = -1, lastM = -1;' : ''}
for (let i = 0; i < customer.length; i++) {
  ${factsOfRow(facts)}
  ${loopBody(facts, groups, periods)}
}
${factsEnd}`;
}

/** A grouping's totals out of the kernel's slots, into the arrays its caller asked for (emptyTotals sizes the rest 0). */
function unpackTotals(state: Float64Array, base: number, size: number, out: GroupedRows): void {
  for (const name of TOTAL_SLOTS) {
    const total = out[name];
    if (total.length === 0) continue;
    const at = base + SLOTS.indexOf(name);
    for (let k = 0; k < size; k++) total[k] = state[at + k * STRIDE];
  }
}

const compiled = new Map<string, Kernel | null>();

/** The kernel for this shape of groupings, compiled on first use; null where the host forbids compiling code. */
function kernelFor(args: Record<string, unknown>, facts: FactsPass, groups: GroupState[], periods: PeriodFrame | undefined): Kernel | null {
  const source = kernelSource(facts, groups, periods);
  // A kernel per type of each array too (codes and per-customer words come in several widths):
  // one kernel fed both would read them polymorphically.
  const types = Object.values(args).map((v) => (ArrayBuffer.isView(v) ? v.constructor.name : typeof v)).join();
  const names = Object.keys(args);
  const key = `${names.join()}\n${types}\n${source}`;
  let kernel = compiled.get(key);
  if (kernel === undefined) {
    try {
      kernel = new Function(...names, source) as Kernel;
    } catch (error) {
      // A Content-Security-Policy without 'unsafe-eval' refuses to compile: the passes do the work.
      // Anything else (a SyntaxError) is a bug in the source put together here.
      if (!(error instanceof EvalError)) throw error;
      kernel = null;
    }
    compiled.set(key, kernel);
  }
  return kernel;
}

/** Whether kernels can be compiled here (tests turn it off to run the passes they replace). */
export const groupKernels = { enabled: true };

/**
 * The row facts, the groupings' totals and, with `periods`, the months' and years' (filled in
 * place), in one pass; undefined where no kernel could be compiled, for the caller to run the
 * passes instead.
 */
export function factsAndTotalsInOnePass(tx: Transactions, customers: CustomerTable, groupings: Grouping[], periods: PeriodFrame | undefined, net: boolean): { facts: RowFacts; totals: GroupedRows[] } | undefined {
  if (!groupKernels.enabled) return undefined;
  const customerCount = customers.size;
  // The per-customer arrays are read at random, a row at a time: the narrower, the fewer cache misses.
  const wordsFor = (size: number) => (size <= 8 ? new Uint8Array(customerCount) : size <= 16 ? new Uint16Array(customerCount) : new Int32Array(customerCount));
  let slots = 0;
  const p = periods && periods.months > 0 ? periods : undefined;
  const groups: GroupState[] = groupings.map((g) => {
    const counted = countsCustomers(g);
    const words = counted && g.size <= 32 ? wordsFor(g.size) : undefined;
    // Where the segments fit a byte, factsPass packs them with the customer's index instead.
    const segment = g.segmentOf && g.segmentOf.count > 256 ? g.segmentOf.index : undefined;
    const shift = 32 - Math.clz32(g.size - 1);
    const paired = counted && !words && customerCount <= 2 ** (31 - shift);
    const base = slots;
    slots += g.size * STRIDE;
    return {
      g, out: emptyTotals(g), words, segment, shift, base,
      pairs: paired ? new Int32Array(tx.rowCount) : undefined, pairCounts: paired ? new Int32Array(g.size + 1) : undefined,
    };
  });
  if (p) slots += (p.months + p.years) * STRIDE;
  const state = new Float64Array(slots);
  for (let at = SLOTS.indexOf('purchase'); at < slots; at += STRIDE) state.fill(-1, at, at + 4);
  const tables: PairSet[] = [];
  const spill: Spill = (id, row, key) => +(tables[id] ??= new PairSet(1024)).add(tx.order[row], key);
  const pass = factsPass(tx, customers, groupings.find((g) => g.segmentOf)?.segmentOf);
  const args = kernelArgs(pass, groups, state, p, net, spill);
  const kernel = kernelFor(args, pass, groups, p);
  if (!kernel) return undefined;
  const facts = pass.facts(kernel(...Object.values(args)));
  for (const { g, out, base } of groups) unpackTotals(state, base, g.size, out);
  if (p) unpackPeriods(state, groups, p);
  for (const { g, out, words, pairs, pairCounts, shift } of groups) {
    if (pairs) customersFromPairs(pairs, pairCounts!, shift, out.customers, customerCount);
    else if (countsCustomers(g) && !words) customersByBuckets(facts.customerIndex, tx.isReturn, g.codes, g.blank, out.customers, customerCount);
  }
  return { facts, totals: groups.map((s) => s.out) };
}
