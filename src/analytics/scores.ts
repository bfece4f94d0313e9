import { CustomerTable } from './customer-table';
import { AnalysisError } from './errors';
import { FixedThresholds, fixedBins, scoreFixed, scoreNtile, scoreRankQuantile, scoreRfmPackage } from './scoring';

export { scoreNtile } from './scoring/ntile';

export type ScoringMethod = 'ntile' | 'rank-quantile' | 'rfm-package' | 'fixed';
export const SCORING_METHODS: readonly ScoringMethod[] = ['ntile', 'rank-quantile', 'rfm-package', 'fixed'];

/**
 * Fills table.r, table.f and table.m with scores 1..bins (higher is better) by the chosen
 * method; "fixed" takes its levels from the thresholds, which must make `bins` of them.
 */
export function scoreCustomers(table: CustomerTable, method: ScoringMethod, bins: number, thresholds?: FixedThresholds): void {
  switch (method) {
    case 'ntile':
      return scoreNtile(table, bins);
    case 'rank-quantile':
      return scoreRankQuantile(table, bins);
    case 'rfm-package':
      return scoreRfmPackage(table, bins);
    case 'fixed': {
      const levels = fixedBins(thresholds);
      if (levels !== bins) throw new AnalysisError(`bins is ${bins} but the fixed thresholds make ${levels} score levels.`);
      return scoreFixed(table, thresholds!);
    }
    default:
      throw new AnalysisError(`Unknown scoring method "${method}". Use one of: ${SCORING_METHODS.join(', ')}.`);
  }
}
