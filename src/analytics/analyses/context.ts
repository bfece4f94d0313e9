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

const rowRevenues = new WeakMap<AnalysisContext, Float64Array>();

/**
 * Revenue of each row, consistent with customer monetary: a purchase row's amount; a return
 * row's amount when it is a credit note (negative) and returns are netted; else 0. Rows of
 * customers who are not scored carry none, so every breakdown sums to the total revenue.
 * Computed once per context (five sections read it); callers must not write to it.
 */
export function rowRevenue(ctx: AnalysisContext): Float64Array {
  let out = rowRevenues.get(ctx);
  if (out) return out;
  const { tx, customers } = ctx;
  out = new Float64Array(tx.rowCount);
  const net = ctx.options.returns === 'net';
  for (let i = 0; i < tx.rowCount; i++) {
    const c = tx.customer[i];
    if (c < 0 || customers.indexOfKey[c] < 0) continue;
    const a = tx.amount[i];
    out[i] = tx.isReturn[i] ? (net && a < 0 ? a : 0) : a;
  }
  rowRevenues.set(ctx, out);
  return out;
}

const scoredMasks = new WeakMap<AnalysisContext, Uint8Array>();

/** 1 for each row of a scored customer (scoredRow for every row), computed once per context. */
export function scoredRows(ctx: AnalysisContext): Uint8Array {
  let mask = scoredMasks.get(ctx);
  if (!mask) {
    const { tx, customers } = ctx;
    mask = new Uint8Array(tx.rowCount);
    for (let i = 0; i < tx.rowCount; i++) {
      const c = tx.customer[i];
      mask[i] = c >= 0 && customers.indexOfKey[c] >= 0 ? 1 : 0;
    }
    scoredMasks.set(ctx, mask);
  }
  return mask;
}

/** Whether row i counts as an analysed row of a scored customer. */
export function scoredRow(ctx: AnalysisContext, i: number): boolean {
  const c = ctx.tx.customer[i];
  return c >= 0 && ctx.customers.indexOfKey[c] >= 0;
}

const orderKeyColumns = new WeakMap<Transactions, Int32Array>();

/** An order key per row: the order id's key, or a key of its own for rows without one. Computed once per transactions; callers must not write to it. */
export function orderKeys(tx: Transactions): Int32Array {
  let out = orderKeyColumns.get(tx);
  if (out) return out;
  out = new Int32Array(tx.rowCount);
  let next = tx.orderCount;
  for (let i = 0; i < tx.rowCount; i++) out[i] = tx.order[i] >= 0 ? tx.order[i] : next++;
  orderKeyColumns.set(tx, out);
  return out;
}

export function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}

export const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
