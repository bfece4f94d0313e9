import { ReturnsMode } from '../customer-metrics';
import { CustomerTable } from '../customer-table';
import { Transactions } from '../ingest';
import { roundMoney } from '../numbers';

/** What fixes a scheme's segment order: its rules in order, then the fallback (structurally a RuleTable). */
export interface SegmentOrder {
  rules: readonly { segment: string }[];
  fallback: string;
}

export interface ReportOptions {
  bins: number;
  /** The main scheme (top products of each segment, narrative). */
  scheme: string;
  schemes: string[];
  ageBands?: number[];
  incomeBands?: number[];
  topN?: number;
  /** How credit notes count as revenue; default "net", as for customer monetary. */
  returns?: ReturnsMode;
  /** Rule tables by scheme, for segment order; default the built-in tables. */
  ruleTables?: Record<string, SegmentOrder>;
}

/** Everything the report analyses read. ResolvedOptions fits `options` as it is. */
export interface AnalysisContext {
  tx: Transactions;
  customers: CustomerTable;
  asOf: number;
  options: ReportOptions;
  /** Per customer attribute, how many customers have differing values across their rows. */
  customerAttributeConflicts?: Record<string, number>;
}

export const DEFAULT_AGE_BANDS: readonly number[] = [18, 25, 35, 45, 55, 65];
export const DEFAULT_INCOME_BANDS: readonly number[] = [25000, 50000, 75000, 100000, 150000];
export const DEFAULT_TOP_N = 10;

export const BLANK = '(blank)';

export const topNOf = (ctx: AnalysisContext): number => ctx.options.topN ?? DEFAULT_TOP_N;

/** part / whole, or null when the whole is zero (a ratio that does not exist, never 0 or NaN). */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}

/**
 * A sum of money, rounded to 6 decimals like customer monetary: row sums then do not depend
 * on the order of the rows (DESIGN: shuffling rows never changes a result).
 */
export const moneySum = (values: ArrayLike<number>): number => roundMoney(sum(values));

/** Rounds every sum of money in place (see moneySum). */
export function roundSums(sums: Float64Array): Float64Array {
  for (let k = 0; k < sums.length; k++) sums[k] = roundMoney(sums[k]);
  return sums;
}
