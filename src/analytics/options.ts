import { AnalysisError } from './errors';
import { ReturnsMode } from './customer-metrics';
import { BUILT_IN_SCHEMES } from './rule-tables';
import { RuleTable, checkRuleTable } from './rules';
import { scaleToLevels } from './rules/scale-levels';
import { DEFAULT_AGE_BANDS, DEFAULT_INCOME_BANDS } from './analyses/context';
import { SCORING_METHODS, ScoringMethod } from './scores';
import { FixedThresholds, fixedBins } from './scoring';

export interface AnalyzeOptions {
  /** As-of date as an Excel serial day; default the latest order date + 1. */
  asOf?: number;
  method?: ScoringMethod;
  bins?: number;
  /** The scheme whose segment is the main one (row segments, customers sheet). */
  scheme?: string;
  returns?: ReturnsMode;
  returnedStatuses?: string[];
  /** Cut points for method "fixed" (see FixedThresholds); they set bins. */
  thresholds?: FixedThresholds;
  /** Every scheme to compute (default: the built-in ones and every table of `ruleTables`); the main `scheme` is always computed. */
  schemes?: string[];
  /** The user's own rule tables, by their scheme name (a name of a built-in one replaces it). */
  ruleTables?: RuleTable[];
  /** Band edges for the age and income breakdowns. */
  ageBands?: number[];
  incomeBands?: number[];
  /** How many top customers and products the report lists (default 10). */
  topN?: number;
}

export type ResolvedOptions = Required<Omit<AnalyzeOptions, 'asOf' | 'returnedStatuses' | 'thresholds' | 'ruleTables'>> & {
  returnedStatuses?: string[];
  thresholds?: FixedThresholds;
  /** Scheme name → the rule table it uses. */
  ruleTables: Record<string, RuleTable>;
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
  const ruleTables = ruleTablesByScheme(options.ruleTables, bins);
  if (options.schemes !== undefined && (!Array.isArray(options.schemes) || options.schemes.some((s) => typeof s !== 'string'))) {
    throw new AnalysisError('schemes must be a list of scheme names, such as ["rfm", "tiers"].');
  }
  const schemes = [...new Set([scheme, ...(options.schemes ?? Object.keys(ruleTables))])];
  for (const s of schemes) {
    if (!ruleTables[s]) throw new AnalysisError(`Unknown segment scheme "${s}". Use one of: ${Object.keys(ruleTables).join(', ')}.`);
  }
  const ageBands = bandEdges('ageBands', options.ageBands ?? DEFAULT_AGE_BANDS);
  const incomeBands = bandEdges('incomeBands', options.incomeBands ?? DEFAULT_INCOME_BANDS);
  const topN = options.topN ?? 10;
  if (!Number.isInteger(topN) || topN < 1) throw new AnalysisError(`topN must be a whole number of at least 1, not ${topN}.`);
  if (returns !== 'net' && returns !== 'exclude') throw new AnalysisError(`returns must be "net" or "exclude", not "${returns}".`);
  return {
    method, bins, scheme, schemes, returns, returnedStatuses: options.returnedStatuses, thresholds: options.thresholds, ruleTables,
    ageBands, incomeBands, topN,
  };
}

/**
 * The built-in rule tables, restated for the score levels chosen (they are written for 1–5),
 * with the user's own on top as given (checked), by scheme name.
 */
function ruleTablesByScheme(mine: RuleTable[] | undefined, bins: number): Record<string, RuleTable> {
  if (mine !== undefined && !Array.isArray(mine)) throw new AnalysisError('ruleTables must be a list of rule tables.');
  const tables: Record<string, RuleTable> = {};
  for (const [scheme, table] of Object.entries(BUILT_IN_SCHEMES)) tables[scheme] = scaleToLevels(table, bins);
  for (const t of mine ?? []) {
    checkRuleTable(t);
    tables[t.scheme] = t;
  }
  return tables;
}

function bandEdges(name: string, edges: number[]): number[] {
  if (!Array.isArray(edges) || edges.length === 0 || edges.some((x, i) => !Number.isFinite(x) || (i > 0 && x <= edges[i - 1]))) {
    throw new AnalysisError(`${name} must be ascending numbers, such as 18, 25, 35.`);
  }
  return edges;
}
