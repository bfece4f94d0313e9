import { CustomerTable } from './customer-table';
import { roundMoney } from './numbers';
import { ntileScores } from './ntile';
import { worstFirst } from './worst-first';
import { scoreRankQuantile } from './score-rank-quantile';
import { scoreRfmPackage } from './score-rfm-package';
import { FixedThresholds, scoreFixed } from './score-fixed';

export type ScoringMethod = 'ntile' | 'rank-quantile' | 'rfm-package' | 'fixed';
export const SCORING_METHODS: readonly ScoringMethod[] = ['ntile', 'rank-quantile', 'rfm-package', 'fixed'];

/** R, F and M scores 1..bins (higher is better) by SQL NTILE over customers ordered worst first. */
export function scoreNtile(table: CustomerTable, bins: number): void {
  const n = table.size;
  ntileScores(worstFirst(n, (i) => table.recencyDays[i], true), bins, table.r);
  ntileScores(worstFirst(n, (i) => table.frequency[i], false), bins, table.f);
  ntileScores(worstFirst(n, (i) => roundMoney(table.monetary[i]), false), bins, table.m);
}

/** Fills table.r, table.f and table.m by the chosen method (fixed needs its thresholds). */
export function scoreCustomers(table: CustomerTable, method: ScoringMethod, bins: number, thresholds?: FixedThresholds): void {
  switch (method) {
    case 'ntile':
      return scoreNtile(table, bins);
    case 'rank-quantile':
      return scoreRankQuantile(table, bins);
    case 'rfm-package':
      return scoreRfmPackage(table, bins);
    case 'fixed':
      return scoreFixed(table, thresholds!);
  }
}
