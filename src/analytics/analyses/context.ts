import { CustomerTable } from '../customer-table';
import { Transactions } from '../ingest';
import { ResolvedOptions } from '../options';

/** Everything the report analyses read. */
export interface AnalysisContext {
  tx: Transactions;
  customers: CustomerTable;
  asOf: number;
  options: ResolvedOptions;
  bands: { age: number[]; income: number[] };
  topN: number;
  /** Per attribute, customers whose value differs across their rows. */
  attributeConflicts: Record<string, number>;
}

export const DEFAULT_AGE_BANDS = [18, 25, 35, 45, 55, 65];
export const DEFAULT_INCOME_BANDS = [25000, 50000, 75000, 100000, 150000];

export function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}

export const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
