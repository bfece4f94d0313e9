import { ColumnQuality } from '../ingest';
import { Id } from '../ids';
import { NumericColumn, DimensionColumn } from '../dimensions';
import { AnalysisContext } from './context';

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

function duplicates(ctx: AnalysisContext): number {
  const { tx } = ctx;
  const product = tx.attributes.product as DimensionColumn | undefined;
  const seen = new Set<string>();
  let dup = 0;
  for (let i = 0; i < tx.rowCount; i++) {
    if (tx.customer[i] < 0) continue;
    const key = `${tx.customer[i]}|${tx.day[i]}|${tx.amount[i]}|${tx.order[i]}|${product ? product.codes[i] : ''}`;
    if (seen.has(key)) dup++;
    else seen.add(key);
  }
  return dup;
}

function outOfRange(ctx: AnalysisContext): DataQuality['outOfRange'] {
  const { tx } = ctx;
  const out: DataQuality['outOfRange'] = [];
  const count = (role: 'age' | 'income' | 'quantity', bad: (v: number, i: number) => boolean, rule: string) => {
    const col = tx.attributes[role] as NumericColumn | undefined;
    if (!col) return;
    let n = 0;
    for (let i = 0; i < tx.rowCount; i++) if (tx.customer[i] >= 0 && !Number.isNaN(col.values[i]) && bad(col.values[i], i)) n++;
    if (n > 0) out.push({ column: col.name, count: n, rule });
  };
  count('age', (v) => v < 0 || v > 120, 'age outside 0–120');
  count('income', (v) => v < 0, 'negative income');
  if (tx.hasStatus) count('quantity', (v, i) => v < 0 && !tx.isReturn[i], 'negative quantity on a row whose status is not a return');
  return out;
}

/** What the data-quality sheet reports: nothing skipped goes uncounted. */
export function dataQuality(ctx: AnalysisContext, returnsOnly: Id[]): DataQuality {
  const { tx } = ctx;
  let negative = 0;
  let zero = 0;
  for (let i = 0; i < tx.rowCount; i++) {
    if (tx.customer[i] < 0) continue;
    if (tx.amount[i] < 0) negative++;
    else if (tx.amount[i] === 0) zero++;
  }
  return {
    rows: tx.quality.rows,
    usedRows: tx.quality.usedRows,
    skippedRows: tx.quality.skippedRows,
    columns: tx.quality.columns,
    duplicateRows: duplicates(ctx),
    negativeAmounts: negative,
    zeroAmounts: zero,
    returnsOnlyCustomers: returnsOnly.length,
    returnsOnlySample: returnsOnly.slice(0, 20),
    unknownStatusRows: tx.quality.unknownStatusRows,
    inconsistentAttributes: ctx.attributeConflicts,
    outOfRange: outOfRange(ctx),
  };
}
