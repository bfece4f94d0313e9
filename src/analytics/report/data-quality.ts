import { DimensionColumn } from '../dimensions';
import { Id, compareIds } from '../ids';
import { ColumnQuality } from '../ingest';
import { AnalysisContext } from './context';
import { duplicateRows } from './duplicates';
import { OutOfRange, outOfRange } from './out-of-range';

export const RETURNS_ONLY_SAMPLE = 20;

export interface DataQuality {
  rows: number;
  usedRows: number;
  skippedRows: number;
  /** Per mapped column: empty and unparseable cells, with the first row of each. */
  columns: ColumnQuality[];
  duplicateRows: number;
  /** Used rows with an amount below 0, and equal to 0. */
  negativeAmounts: number;
  zeroAmounts: number;
  /** Customers whose every row is a return: not scored. */
  returnsOnlyCustomers: number;
  /** The first of them in id order. */
  returnsOnlySample: Id[];
  /** Per attribute, customers whose value differs across their rows. */
  inconsistentAttributes: Record<string, number>;
  /** Used rows with an empty status; null without a status column. */
  unknownStatusRows: number | null;
  outOfRange: OutOfRange[];
}

function returnsOnly(ctx: AnalysisContext): Id[] {
  const { tx, customers } = ctx;
  const ids: Id[] = [];
  for (let c = 0; c < tx.customerIds.length; c++) if (customers.indexOfKey[c] < 0) ids.push(tx.customerIds[c]);
  return ids.sort(compareIds);
}

/** What the data-quality sheet reports: nothing skipped or odd goes uncounted. */
export function dataQuality(ctx: AnalysisContext): DataQuality {
  const { tx } = ctx;
  const status = tx.attributes.status as DimensionColumn | undefined;
  let negative = 0;
  let zero = 0;
  let unknownStatus = 0;
  for (let i = 0; i < tx.rowCount; i++) {
    if (tx.customer[i] < 0) continue;
    if (tx.amount[i] < 0) negative++;
    else if (tx.amount[i] === 0) zero++;
    if (status && status.codes[i] < 0) unknownStatus++;
  }
  const noPurchase = returnsOnly(ctx);
  return {
    rows: tx.quality.rows,
    usedRows: tx.quality.usedRows,
    skippedRows: tx.quality.skippedRows,
    columns: tx.quality.columns,
    duplicateRows: duplicateRows(tx),
    negativeAmounts: negative,
    zeroAmounts: zero,
    returnsOnlyCustomers: noPurchase.length,
    returnsOnlySample: noPurchase.slice(0, RETURNS_ONLY_SAMPLE),
    inconsistentAttributes: { ...(ctx.customerAttributeConflicts ?? {}) },
    unknownStatusRows: status ? unknownStatus : null,
    outOfRange: outOfRange(ctx),
  };
}
