import { AnalysisContext } from './context';
import { SCORED, rowFacts } from './row-facts';

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

function labelsFrom(lo: number, hi: number, label: (p: number) => string): string[] {
  return lo > hi ? [] : Array.from({ length: hi - lo + 1 }, (_, k) => label(lo + k));
}

/**
 * Each scored row's year and month, numbered from the first period present. The months come
 * from a table over the days between the first and the last (a Date per row was slow); days
 * that are not whole, or too far apart for a table, get a Date each.
 */
export function periodCodes(ctx: AnalysisContext): Record<Period, PeriodCodes> {
  const { day, rowCount } = ctx.tx;
  const { kind, firstDay: lo, lastDay: hi } = rowFacts(ctx);
  const month = new Int32Array(rowCount).fill(-1);
  const year = new Int32Array(rowCount).fill(-1);
  if (lo > hi) return { year: { codes: year, labels: [] }, month: { codes: month, labels: [] } };
  const first = monthIndex(lo);
  const last = monthIndex(hi);
  const firstYear = Math.floor(first / 12);
  const byTable = Number.isInteger(lo) && Number.isInteger(hi) && hi - lo < 1 << 20;
  const monthOfDay = new Int32Array(byTable ? hi - lo + 1 : 0);
  const yearOfDay = new Int32Array(monthOfDay.length);
  for (let d = 0; d < monthOfDay.length; d++) {
    const m = monthIndex(lo + d);
    monthOfDay[d] = m - first;
    yearOfDay[d] = Math.floor(m / 12) - firstYear;
  }
  for (let i = 0; i < rowCount; i++) {
    if (!(kind[i] & SCORED)) continue;
    const d = day[i];
    if (byTable && Number.isInteger(d)) {
      month[i] = monthOfDay[d - lo];
      year[i] = yearOfDay[d - lo];
    } else {
      const m = monthIndex(d);
      month[i] = m - first;
      year[i] = Math.floor(m / 12) - firstYear;
    }
  }
  return {
    year: { codes: year, labels: labelsFrom(firstYear, Math.floor(last / 12), String) },
    month: { codes: month, labels: labelsFrom(first, last, (p) => `${Math.floor(p / 12)}-${String((p % 12) + 1).padStart(2, '0')}`) },
  };
}
