import { NumericColumn } from '../dimensions';
import { AnalysisContext } from './context';
import { reportRows } from './rows';

export interface OutOfRange {
  column: string;
  rule: string;
  /** Rows (or customers, for attributes from a customers table). */
  count: number;
  level: 'row' | 'customer';
  /** First offending data row, 1-based (row 1 = first row under the header); rows only. */
  firstRow?: number;
}

/** The rating scale: the smallest of 5, 10 and 100 that holds at least 95% of the ratings. */
export function ratingScale(values: Float64Array, used: Int32Array): number {
  let n = 0;
  let upTo5 = 0;
  let upTo10 = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (used[i] < 0 || Number.isNaN(v)) continue;
    n++;
    if (v <= 5) upTo5++;
    if (v <= 10) upTo10++;
  }
  return upTo5 >= 0.95 * n ? 5 : upTo10 >= 0.95 * n ? 10 : 100;
}

type RowTest = (v: number, i: number) => boolean;

function countRows(ctx: AnalysisContext, values: Float64Array | null, column: string, rule: string, bad: RowTest): OutOfRange | null {
  const used = ctx.tx.customer;
  let count = 0;
  let firstRow = 0;
  for (let i = 0; i < used.length; i++) {
    if (used[i] < 0 || (values && Number.isNaN(values[i])) || !bad(values ? values[i] : 0, i)) continue;
    if (count++ === 0) firstRow = i + 1;
  }
  return count === 0 ? null : { column, rule, count, level: 'row', firstRow };
}

function countCustomers(values: readonly (string | number | null)[], column: string, rule: string, bad: (v: number) => boolean): OutOfRange | null {
  let count = 0;
  for (const v of values) if (typeof v === 'number' && bad(v)) count++;
  return count === 0 ? null : { column, rule, count, level: 'customer' };
}

/**
 * Values outside a plausible range: age outside 0–120, negative income, a rating below 0 or
 * above its scale, a purchase row with quantity ≤ 0, a negative unit price, and an order
 * dated after the as-of date. Ages and incomes from a customers table are checked per customer.
 */
export function outOfRange(ctx: AnalysisContext): OutOfRange[] {
  const { tx } = ctx;
  const numeric = (role: 'age' | 'income' | 'rating' | 'quantity' | 'unitPrice') => tx.attributes[role] as NumericColumn | undefined;
  const purchase = reportRows(ctx).purchase;
  const found: (OutOfRange | null)[] = [];
  const age = numeric('age');
  const income = numeric('income');
  const rating = numeric('rating');
  const quantity = numeric('quantity');
  const unitPrice = numeric('unitPrice');
  if (age) found.push(countRows(ctx, age.values, age.name, 'age below 0 or above 120', (v) => v < 0 || v > 120));
  else if (ctx.customers.attributes.age) found.push(countCustomers(ctx.customers.attributes.age, 'age', 'age below 0 or above 120', (v) => v < 0 || v > 120));
  if (income) found.push(countRows(ctx, income.values, income.name, 'negative income', (v) => v < 0));
  else if (ctx.customers.attributes.income) found.push(countCustomers(ctx.customers.attributes.income, 'income', 'negative income', (v) => v < 0));
  if (rating) {
    const scale = ratingScale(rating.values, tx.customer);
    found.push(countRows(ctx, rating.values, rating.name, `rating below 0 or above ${scale}`, (v) => v < 0 || v > scale));
  }
  if (quantity) found.push(countRows(ctx, quantity.values, quantity.name, 'quantity of 0 or less on a purchase row', (v, i) => v <= 0 && purchase[i] === 1));
  if (unitPrice) found.push(countRows(ctx, unitPrice.values, unitPrice.name, 'negative unit price', (v) => v < 0));
  const date = tx.quality.columns.find((c) => c.role === 'date')?.header ?? 'date';
  found.push(countRows(ctx, null, date, 'order dated after the as-of date', (_, i) => tx.day[i] > ctx.asOf));
  return found.filter((x): x is OutOfRange => x !== null);
}
