import { AnalysisContext, scoredRows } from './context';

export type Period = 'year' | 'month';

export interface PeriodCodes {
  /** Period of each scored customer's row (index into labels), -1 for other rows. */
  codes: Int32Array;
  /** Every period from the first to the last: "2024", or "2024-03". */
  labels: string[];
}

/** Year and month of an Excel serial day, as a period index (months since year 0). */
function monthIndex(serial: number): number {
  const d = new Date((serial - 25569) * 86400000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/**
 * The month of a day, from a table over the days present (a Date per row was slow); days are
 * whole serials, so the table holds one entry per day between the first and the last.
 */
function monthsByDay(day: Float64Array, counted: Uint8Array): (d: number) => number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < day.length; i++) {
    if (!counted[i]) continue;
    if (day[i] < lo) lo = day[i];
    if (day[i] > hi) hi = day[i];
  }
  if (!(hi - lo < 1 << 20) || !Number.isInteger(lo) || !Number.isInteger(hi)) return monthIndex;
  const table = new Int32Array(hi - lo + 1);
  for (let d = lo; d <= hi; d++) table[d - lo] = monthIndex(d);
  return (d) => (Number.isInteger(d) ? table[d - lo] : monthIndex(d));
}

function labelsFrom(lo: number, hi: number, label: (p: number) => string): string[] {
  return lo > hi ? [] : Array.from({ length: hi - lo + 1 }, (_, k) => label(lo + k));
}

/** Each scored row's year and month, numbered from the first period present. */
export function periodCodes(ctx: AnalysisContext): Record<Period, PeriodCodes> {
  const { tx } = ctx;
  const scored = scoredRows(ctx);
  const monthOf = monthsByDay(tx.day, scored);
  const month = new Int32Array(tx.rowCount).fill(-1);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < tx.rowCount; i++) {
    if (!scored[i]) continue;
    const m = (month[i] = monthOf(tx.day[i]));
    if (m < lo) lo = m;
    if (m > hi) hi = m;
  }
  const year = new Int32Array(tx.rowCount).fill(-1);
  const firstYear = Math.floor(lo / 12);
  for (let i = 0; i < tx.rowCount; i++) {
    if (!scored[i]) continue;
    year[i] = Math.floor(month[i] / 12) - firstYear;
    month[i] -= lo;
  }
  return {
    year: { codes: year, labels: labelsFrom(firstYear, Math.floor(hi / 12), String) },
    month: { codes: month, labels: labelsFrom(lo, hi, (p) => `${Math.floor(p / 12)}-${String((p % 12) + 1).padStart(2, '0')}`) },
  };
}
