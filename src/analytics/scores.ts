import { CustomerTable } from './customer-table';
import { roundMoney } from './numbers';
import { ntileScores } from './ntile';

export type ScoringMethod = 'ntile';
export const SCORING_METHODS: readonly ScoringMethod[] = ['ntile'];

/** Table indices sorted worst first by `value`; the table is in id order and the sort is stable, so ties go by id. */
export function worstFirst(n: number, value: (i: number) => number, descending: boolean): Int32Array {
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort(descending ? (a, b) => value(b) - value(a) : (a, b) => value(a) - value(b));
  return Int32Array.from(order);
}

/** R, F and M scores 1..bins (higher is better) by SQL NTILE over customers ordered worst first. */
export function scoreNtile(table: CustomerTable, bins: number): void {
  const n = table.size;
  ntileScores(worstFirst(n, (i) => table.recencyDays[i], true), bins, table.r);
  ntileScores(worstFirst(n, (i) => table.frequency[i], false), bins, table.f);
  ntileScores(worstFirst(n, (i) => roundMoney(table.monetary[i]), false), bins, table.m);
}

/** Fills table.r, table.f and table.m by the chosen method. */
export function scoreCustomers(table: CustomerTable, method: ScoringMethod, bins: number): void {
  switch (method) {
    case 'ntile':
      return scoreNtile(table, bins);
  }
}
