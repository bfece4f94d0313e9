import { AnalysisContext } from './context';
import { GroupedRows } from './group-rows';
import { PairSet } from './pair-set';
import { RETURN, RowFacts, SCATTERED, SCORED, revenueOf } from './row-facts';

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
 * A day's month index (months since year 0), from a table over the days between the first and
 * the last (a Date per row was slow); days that are not whole, or too far apart for a table,
 * get a Date each.
 */
function monthsOfDays(lo: number, hi: number): (day: number) => number {
  if (!(Number.isInteger(lo) && Number.isInteger(hi) && hi - lo < 1 << 20)) return monthIndex;
  const table = new Int32Array(hi - lo + 1);
  for (let d = 0; d < table.length; d++) table[d] = monthIndex(lo + d);
  return (day) => (Number.isInteger(day) ? table[day - lo] : monthIndex(day));
}

/** Distinct (customer, period) pairs: a bitmap while it stays small, else hashed pairs. */
class CustomerPeriods {
  private readonly bits: Uint8Array | undefined;
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

/**
 * Revenue, purchase orders and customers by month and by year, in one pass over scored
 * customers' rows with each row's periods looked up from its day: no period column is kept
 * (8 MB of fresh pages a million rows). An order is counted in a period at its first purchase
 * row there: the period's stamp does not hold the order's run yet (row-facts), or for a row of a
 * scattered order, the pair is new to a table.
 */
export function periodTotals(ctx: AnalysisContext, facts: RowFacts): Record<Period, PeriodTotals> {
  const { day, amount, order } = ctx.tx;
  const { kind, customerIndex, runBack, firstDay: lo, lastDay: hi } = facts;
  if (lo > hi) return { year: { labels: [], ...sized(0) }, month: { labels: [], ...sized(0) } };
  const monthOf = monthsOfDays(lo, hi);
  const first = monthOf(lo);
  const firstYear = Math.floor(first / 12);
  const months = monthOf(hi) - first + 1;
  const years = Math.floor((first + months - 1) / 12) - firstYear + 1;
  const byMonth = sized(months);
  const byYear = sized(years);
  const monthCustomers = new CustomerPeriods(ctx.customers.size, months);
  const yearCustomers = new CustomerPeriods(ctx.customers.size, years);
  // Per period: the first row of the last run with a purchase row in it (an order's runs, row-facts).
  const monthRun = new Int32Array(months).fill(-1);
  const yearRun = new Int32Array(years).fill(-1);
  let spill: PairSet | undefined; // (order, period) of scattered orders' rows: months, then years after them
  const net = ctx.options.returns === 'net';
  for (let i = 0; i < kind.length; i++) {
    const kd = kind[i];
    if (!(kd & SCORED)) continue;
    const m = monthOf(day[i]) - first;
    const y = Math.floor((m + first) / 12) - firstYear;
    const r = revenueOf(kd, amount[i], net);
    byMonth.revenue[m] += r;
    byYear.revenue[y] += r;
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
  return {
    year: { labels: labelsFrom(firstYear, firstYear + years - 1, String), ...byYear },
    month: { labels: labelsFrom(first, first + months - 1, (p) => `${Math.floor(p / 12)}-${String((p % 12) + 1).padStart(2, '0')}`), ...byMonth },
  };
}

/** PeriodTotals in the shape of a grouping's totals (the other totals empty). */
export function asGroupedRows(p: PeriodTotals): GroupedRows & { labels: string[] } {
  const none = new Float64Array(0);
  return {
    ...p, units: none, knownOrders: none, returnedOrders: none, returnedRevenue: none, rows: none, amount: none, rowOrders: none,
    segmentRevenue: none, segmentTotal: none,
  };
}
