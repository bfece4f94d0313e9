import { ColumnQuality } from '../ingest';
import { Id } from '../ids';
import { NumericColumn } from '../dimensions';
import { AnalysisContext } from './context';
import { rowFacts } from './row-facts';

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

function outOfRange(ctx: AnalysisContext): DataQuality['outOfRange'] {
  const { tx } = ctx;
  const out: DataQuality['outOfRange'] = [];
  const count = (role: 'age' | 'income' | 'quantity', bad: (v: number, i: number) => boolean, rule: string) => {
    const col = tx.attributes[role] as NumericColumn | undefined;
    if (!col) return;
    const { customer } = tx;
    const { values } = col;
    let n = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === v && customer[i] >= 0 && bad(v, i)) n++; // v === v: not NaN (a blank or unreadable cell)
    }
    if (n > 0) out.push({ column: col.name, count: n, rule });
  };
  count('age', (v) => v < 0 || v > 120, 'age outside 0–120');
  count('income', (v) => v < 0, 'negative income');
  const { isReturn } = tx;
  if (tx.hasStatus) count('quantity', (v, i) => v < 0 && !isReturn[i], 'negative quantity on a row whose status is not a return');
  return out;
}

/** What the data-quality sheet reports: nothing skipped goes uncounted. */
export function dataQuality(ctx: AnalysisContext, returnsOnly: Id[]): DataQuality {
  const { tx } = ctx;
  const { negativeAmounts, zeroAmounts, copies } = rowFacts(ctx);
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
    outOfRange: outOfRange(ctx),
  };
}
