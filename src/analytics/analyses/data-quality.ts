import { ColumnQuality } from '../ingest';
import { Id } from '../ids';
import { NumericColumn } from '../dimensions';
import { AnalysisContext } from './context';
import { rowFacts } from './report-groupings';

export interface DataQuality {
  rows: number;
  usedRows: number;
  skippedRows: number;
  columns: ColumnQuality[];
  /** Rows identical to an earlier row in customer, date, amount, order and product. */
  duplicateRows: number;
  negativeAmounts: number;
  zeroAmounts: number;
  /** Customers whose only rows are returns: not scored. */
  returnsOnlyCustomers: number;
  returnsOnlySample: Id[];
  unknownStatusRows: number;
  /** Per attribute, customers whose value differs across their rows. */
  inconsistentAttributes: Record<string, number>;
  /** Values outside a plausible range: age outside 0–120, negative income, negative quantity on a purchase row. */
  outOfRange: { column: string; count: number; rule: string }[];
}

/** Rows with a customer whose value is a number outside [low, high]. A plain loop per column: a predicate called per row cost ~8 ms a million rows. */
function countOutside(values: Float64Array, customer: Int32Array, low: number, high: number): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // NaN (a blank or unreadable cell) is neither below nor above.
    if ((v < low || v > high) && customer[i] >= 0) n++;
  }
  return n;
}

function outOfRange(ctx: AnalysisContext, negativeQuantities: number): DataQuality['outOfRange'] {
  const { tx } = ctx;
  const out: DataQuality['outOfRange'] = [];
  const check = (role: 'age' | 'income', low: number, high: number, rule: string) => {
    const col = tx.attributes[role] as NumericColumn | undefined;
    if (!col) return;
    const count = countOutside(col.values, tx.customer, low, high);
    if (count > 0) out.push({ column: col.name, count, rule });
  };
  check('age', 0, 120, 'age outside 0–120');
  check('income', 0, Infinity, 'negative income');
  // Without a status column a negative quantity is what marks a return. With one, the row facts
  // counted the purchase rows (every row with a customer that is not a return) with a negative quantity.
  const quantity = tx.attributes.quantity as NumericColumn | undefined;
  if (tx.hasStatus && quantity && negativeQuantities > 0) out.push({ column: quantity.name, count: negativeQuantities, rule: 'negative quantity on a row whose status is not a return' });
  return out;
}

/** What the data-quality sheet reports: nothing skipped goes uncounted. */
export function dataQuality(ctx: AnalysisContext, returnsOnly: Id[]): DataQuality {
  const { tx } = ctx;
  const { negativeAmounts, zeroAmounts, copies, negativeQuantities } = rowFacts(ctx);
  return {
    rows: tx.quality.rows,
    usedRows: tx.quality.usedRows,
    skippedRows: tx.quality.skippedRows,
    columns: tx.quality.columns,
    duplicateRows: copies,
    negativeAmounts,
    zeroAmounts,
    returnsOnlyCustomers: returnsOnly.length,
    returnsOnlySample: returnsOnly.slice(0, 20),
    unknownStatusRows: tx.quality.unknownStatusRows,
    inconsistentAttributes: ctx.attributeConflicts,
    outOfRange: outOfRange(ctx, negativeQuantities),
  };
}
