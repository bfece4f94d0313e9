import { AnalysisContext } from './context';
import { GroupedRows } from './group-rows';
import { PairSet } from './pair-set';
import { RETURN, RowFacts, RowKinds, SCATTERED, SCORED, revenueOf } from './row-facts';

export type Period = 'year' | 'month';

/** Revenue, purchase orders and customers of one period kind, every period from the first to the last. */
export interface PeriodTotals {
  labels: string[];
  revenue: Float64Array;
  orders: Float64Array;
  customers: Float64Array;
}

/** Year and month of an Excel serial day, as a period index (months since year 0). */
function monthIndex(serial: number): number {
  const d = new Date((serial - 25569) * 86400000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

function labelsFrom(lo: number, hi: number, label: (p: number) => string): string[] {
  return lo > hi ? [] : Array.from({ length: hi - lo + 1 }, (_, k) => label(lo + k));
}

/**
 * Month index (months since year 0) of each day between the first and the last (a Date per row
 * was slow); undefined when the days are not whole or too far apart for a table.
 */
function monthTableOf(lo: number, hi: number): Int32Array | undefined {
  if (!(Number.isInteger(lo) && Number.isInteger(hi) && hi - lo < 1 << 20)) return undefined;
  const table = new Int32Array(hi - lo + 1);
  for (let d = 0; d < table.length; d++) table[d] = monthIndex(lo + d);
  return table;
}

/** Distinct (customer, period) pairs: a bitmap while it stays small, else hashed pairs. */
export class CustomerPeriods {
  /** Bit (customer × periods + period) per pair, while that fits 16 MB: the one-pass kernel reads it directly. */
  readonly bits: Uint8Array | undefined;
  private readonly pairs: PairSet | undefined;

  constructor(customers: number, private readonly periods: number) {
    if (customers * periods <= 1 << 27) this.bits = new Uint8Array((customers * periods + 7) >> 3);
    else this.pairs = new PairSet(customers);
  }

  /** Adds the pair: 1 when it is new, else 0. */
  add(customer: number, period: number): number {
    if (!this.bits) return +this.pairs!.add(customer, period);
    const at = customer * this.periods + period;
    const byte = this.bits[at >> 3];
    this.bits[at >> 3] = byte | (1 << (at & 7));
    return ((byte >> (at & 7)) & 1) ^ 1;
  }
}

const sized = (n: number) => ({ revenue: new Float64Array(n), orders: new Float64Array(n), customers: new Float64Array(n) });

/** What a pass over the rows fills for months and years, set up from the first and last day. */
export interface PeriodFrame {
  /** A day's month index (months since year 0): from `monthTable` for a whole day, else through a Date. */
  monthOf: (day: number) => number;
  monthTable: Int32Array | undefined;
  /** The first day (`monthTable`'s first). */
  lo: number;
  /** Month index (months since year 0) of the first month, and the first year. */
  first: number;
  firstYear: number;
  months: number;
  years: number;
  byMonth: ReturnType<typeof sized>;
  byYear: ReturnType<typeof sized>;
  monthCustomers: CustomerPeriods;
  yearCustomers: CustomerPeriods;
  /** Per period: the first row of the last run with a purchase row in it (an order's runs, row-facts). */
  monthRun: Int32Array;
  yearRun: Int32Array;
}

/**
 * The months and years from day `lo` to day `hi`, their totals zero: the first and last day of a
 * scored customer's row, or for the one-pass kernel, which needs them before its pass, of any used
 * row (periodResult then keeps the scored customers' months).
 */
export function periodFrame(customers: number, lo: number, hi: number): PeriodFrame {
  const monthTable = lo > hi ? undefined : monthTableOf(lo, hi);
  const monthOf = monthTable ? (day: number) => (Number.isInteger(day) ? monthTable[day - lo] : monthIndex(day)) : monthIndex;
  const first = lo > hi ? 0 : monthOf(lo);
  const months = lo > hi ? 0 : monthOf(hi) - first + 1;
  const firstYear = Math.floor(first / 12);
  const years = lo > hi ? 0 : Math.floor((first + months - 1) / 12) - firstYear + 1;
  return {
    monthOf, monthTable, lo, first, firstYear, months, years, byMonth: sized(months), byYear: sized(years),
    monthCustomers: new CustomerPeriods(customers, months), yearCustomers: new CustomerPeriods(customers, years),
    monthRun: new Int32Array(months).fill(-1), yearRun: new Int32Array(years).fill(-1),
  };
}

const slice = (t: ReturnType<typeof sized>, from: number, to: number) => ({ revenue: t.revenue.slice(from, to), orders: t.orders.slice(from, to), customers: t.customers.slice(from, to) });

/**
 * The filled frame as labelled totals by year and by month, from the month of day `lo` to that of
 * day `hi`. A year's revenue is its months' (the passes total revenue by month only: a second sum
 * per row, by year, waited on the one before when rows of an order share the day).
 */
export function periodResult(f: PeriodFrame, lo: number, hi: number): Record<Period, PeriodTotals> {
  if (lo > hi || f.months === 0) return { year: { labels: [], ...sized(0) }, month: { labels: [], ...sized(0) } };
  const yearRevenue = new Float64Array(f.years);
  for (let m = 0; m < f.months; m++) yearRevenue[Math.floor((m + f.first) / 12) - f.firstYear] += f.byMonth.revenue[m];
  const first = f.monthOf(lo);
  const last = f.monthOf(hi);
  const firstYear = Math.floor(first / 12);
  const lastYear = Math.floor(last / 12);
  return {
    year: { labels: labelsFrom(firstYear, lastYear, String), ...slice({ ...f.byYear, revenue: yearRevenue }, firstYear - f.firstYear, lastYear - f.firstYear + 1) },
    month: { labels: labelsFrom(first, last, (p) => `${Math.floor(p / 12)}-${String((p % 12) + 1).padStart(2, '0')}`), ...slice(f.byMonth, first - f.first, last - f.first + 1) },
  };
}

/**
 * Revenue, purchase orders and customers by month and by year, in one pass over scored
 * customers' rows with each row's periods looked up from its day: no period column is kept
 * (8 MB of fresh pages a million rows). An order is counted in a period at its first purchase
 * row there: the period's stamp does not hold the order's run yet (row-facts), or for a row of a
 * scattered order, the pair is new to a table. (group-kernel.ts does the same within its pass.)
 */
export function periodTotals(ctx: AnalysisContext, facts: RowFacts, kinds: RowKinds, f = periodFrame(ctx.customers.size, facts.firstDay, facts.lastDay)): Record<Period, PeriodTotals> {
  const { day, amount, order } = ctx.tx;
  const { customerIndex } = facts;
  const { kind, runBack } = kinds;
  const { monthOf, first, firstYear, months, byMonth, byYear, monthCustomers, yearCustomers, monthRun, yearRun } = f;
  let spill: PairSet | undefined; // (order, period) of scattered orders' rows: months, then years after them
  const net = ctx.options.returns === 'net';
  for (let i = 0; i < kind.length && months > 0; i++) {
    const kd = kind[i];
    if (!(kd & SCORED)) continue;
    const m = monthOf(day[i]) - first;
    const y = Math.floor((m + first) / 12) - firstYear;
    const r = revenueOf(kd, amount[i], net);
    byMonth.revenue[m] += r;
    if (kd & RETURN) continue;
    const back = runBack[i];
    if (back === SCATTERED) {
      spill ??= new PairSet(1024);
      byMonth.orders[m] += +spill.add(order[i], m);
      byYear.orders[y] += +spill.add(order[i], months + y);
    } else {
      const run = i - back;
      byMonth.orders[m] += +(monthRun[m] !== run);
      byYear.orders[y] += +(yearRun[y] !== run);
      monthRun[m] = run;
      yearRun[y] = run;
    }
    const t = customerIndex[i];
    byMonth.customers[m] += monthCustomers.add(t, m);
    byYear.customers[y] += yearCustomers.add(t, y);
  }
  return periodResult(f, facts.firstDay, facts.lastDay);
}

/** PeriodTotals in the shape of a grouping's totals (the other totals empty). */
export function asGroupedRows(p: PeriodTotals): GroupedRows & { labels: string[] } {
  const none = new Float64Array(0);
  return {
    ...p, units: none, knownOrders: none, returnedOrders: none, returnedRevenue: none, rows: none, amount: none, rowOrders: none,
    segmentRevenue: none,
  };
}
