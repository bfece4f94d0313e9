import { ColumnQuality, Transactions } from '../ingest';
import { Id } from '../ids';
import { NumericColumn, DimensionColumn } from '../dimensions';
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

type SameRow = (i: number, j: number) => boolean;

/** Copies among the given rows, hashed on the compared fields into a table of row numbers. */
function hashedCopies(rows: Int32Array, tx: Transactions, product: Int32Array | undefined, same: SameRow): number {
  const { customer, day, amount, order } = tx;
  let capacity = 16;
  while (capacity < rows.length * 2) capacity *= 2;
  const slots = new Int32Array(capacity); // row + 1; 0 marks an empty slot
  const mask = capacity - 1;
  const bits = new Float64Array(2);
  const words = new Uint32Array(bits.buffer);
  let dup = 0;
  for (const i of rows) {
    bits[0] = day[i] + 0; // −0 hashes as 0, as it compares
    bits[1] = amount[i] + 0;
    let h = Math.imul(customer[i], 0x9e3779b1) ^ Math.imul(order[i], 0x85ebca6b) ^ (product ? Math.imul(product[i], 0xc2b2ae35) : 0);
    h = Math.imul(h ^ words[0] ^ Math.imul(words[1], 0x27d4eb2f), 0x165667b1) ^ Math.imul(words[2] ^ Math.imul(words[3], 0x9e3779b1), 0x85ebca6b);
    let slot = (h ^ (h >>> 15)) & mask;
    let found = false;
    for (let s = slots[slot]; s !== 0; s = slots[slot]) {
      if (same(s - 1, i)) {
        found = true;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (found) dup++;
    else slots[slot] = i + 1;
  }
  return dup;
}

/**
 * Rows equal to an earlier row in customer, day, amount, order and product. Equal rows share
 * their order, so a row in its order's run of adjacent rows is compared with the run's earlier
 * rows only (by the row facts' pass); rows without an order or of a scattered order are hashed.
 */
function duplicates(ctx: AnalysisContext): number {
  const { tx } = ctx;
  const product = (tx.attributes.product as DimensionColumn | undefined)?.codes;
  const { customer, day, amount, order } = tx;
  const same: SameRow = (i, j) =>
    customer[i] === customer[j] && day[i] === day[j] && amount[i] === amount[j] && order[i] === order[j] && (!product || product[i] === product[j]);
  const { copiesInRuns, rowsOutsideRuns } = rowFacts(ctx);
  return copiesInRuns + hashedCopies(rowsOutsideRuns, tx, product, same);
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
  const { negativeAmounts, zeroAmounts } = rowFacts(ctx);
  return {
    rows: tx.quality.rows,
    usedRows: tx.quality.usedRows,
    skippedRows: tx.quality.skippedRows,
    columns: tx.quality.columns,
    duplicateRows: duplicates(ctx),
    negativeAmounts,
    zeroAmounts,
    returnsOnlyCustomers: returnsOnly.length,
    returnsOnlySample: returnsOnly.slice(0, 20),
    unknownStatusRows: tx.quality.unknownStatusRows,
    inconsistentAttributes: ctx.attributeConflicts,
    outOfRange: outOfRange(ctx),
  };
}
