import { AnalysisError } from './errors';
import { ReturnsMode } from './customer-metrics';
import { BUILT_IN_SCHEMES } from './rule-tables';
import { SCORING_METHODS, ScoringMethod } from './scores';
import { FixedThresholds, fixedBins } from './score-fixed';

export interface AnalyzeOptions {
  /** As-of date as an Excel serial day; default the latest order date + 1. */
  asOf?: number;
  method?: ScoringMethod;
  bins?: number;
  /** The scheme whose segment is the main one (row segments, customers sheet). */
  scheme?: string;
  returns?: ReturnsMode;
  returnedStatuses?: string[];
  /** Cut points for method "fixed". */
  thresholds?: FixedThresholds;
}

export type ResolvedOptions = Required<Omit<AnalyzeOptions, 'asOf' | 'returnedStatuses' | 'thresholds'>> & {
  returnedStatuses?: string[];
  thresholds?: FixedThresholds;
};

/** Defaults filled in and every option checked, with a message that names the option. */
export function resolveOptions(options: AnalyzeOptions): ResolvedOptions {
  const method = options.method ?? 'ntile';
  let bins = options.bins ?? 5;
  const scheme = options.scheme ?? 'rfm';
  const returns = options.returns ?? 'net';
  if (!SCORING_METHODS.includes(method)) {
    throw new AnalysisError(`Unknown scoring method "${method}". Use one of: ${SCORING_METHODS.join(', ')}.`);
  }
  if (method === 'fixed') {
    const levels = fixedBins(options.thresholds);
    if (options.bins !== undefined && options.bins !== levels) {
      throw new AnalysisError(`bins is ${options.bins} but the fixed thresholds make ${levels} score levels.`);
    }
    bins = levels;
  }
  if (!Number.isInteger(bins) || bins < 2 || bins > 10) throw new AnalysisError(`bins must be a whole number from 2 to 10, not ${bins}.`);
  if (!BUILT_IN_SCHEMES[scheme]) {
    throw new AnalysisError(`Unknown segment scheme "${scheme}". Use one of: ${Object.keys(BUILT_IN_SCHEMES).join(', ')}.`);
  }
  if (returns !== 'net' && returns !== 'exclude') throw new AnalysisError(`returns must be "net" or "exclude", not "${returns}".`);
  return { method, bins, scheme, returns, returnedStatuses: options.returnedStatuses, thresholds: options.thresholds };
}
