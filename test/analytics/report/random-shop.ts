import fc from 'fast-check';
import { CellValue, RFM_RULES, segmentsOf } from '../../../src/analytics';
import { AnalysisContext } from '../../../src/analytics/report';
import { contextOf } from './fixture';

export interface ShopRow {
  /** null: a row without a customer (skipped). */
  customer: number | null;
  /** null: a row without an order id (an order of its own). */
  order: number | null;
  day: number;
  /** In cents, so SQL sums are exact. */
  cents: number;
  category: string;
  product: string;
  status: string;
  payment: string;
}

export const RETURNED_STATUSES = ['Returned', 'Refunded'];

/** Random order lines: few customers and orders (ties, shared orders), credit notes, zeros, blanks, 3 years. */
export function randomShop(o: { maxRows?: number; negatives?: boolean } = {}) {
  const cents = o.negatives === false
    ? fc.integer({ min: 0, max: 50000 })
    : fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 50000 }) }, { weight: 2, arbitrary: fc.integer({ min: -20000, max: -1 }) });
  return fc.array(
    fc.record({
      customer: fc.oneof({ weight: 20, arbitrary: fc.integer({ min: 1, max: 30 }) }, { weight: 1, arbitrary: fc.constant(null) }),
      order: fc.oneof({ weight: 10, arbitrary: fc.integer({ min: 1, max: 90 }) }, { weight: 1, arbitrary: fc.constant(null) }),
      day: fc.integer({ min: 44500, max: 45600 }),
      cents,
      category: fc.constantFrom('Books', 'Toys', 'Home', ''),
      product: fc.constantFrom('P1', 'P2', 'P3', 'P4', 'P5', ''),
      status: fc.constantFrom('Delivered', 'In Transit', 'Returned', 'Refunded', ''),
      payment: fc.constantFrom('Card', 'Cash', ''),
    }),
    { minLength: 1, maxLength: o.maxRows ?? 150 },
  );
}

export function shopCells(rows: readonly ShopRow[], withStatus: boolean): CellValue[][] {
  const header = ['customer', 'order', 'date', 'amount', 'category', 'product', 'payment', ...(withStatus ? ['status'] : [])];
  return [
    header,
    ...rows.map((r) => [r.customer, r.order ?? '', r.day, r.cents / 100, r.category, r.product, r.payment, ...(withStatus ? [r.status] : [])]),
  ];
}

/** A context over random rows with rfm segments from the built-in rules, or null when no customer has a purchase. */
export function shopContext(rows: readonly ShopRow[], withStatus: boolean): AnalysisContext | null {
  const ctx = contextOf(shopCells(rows, withStatus));
  if (ctx.customers.size === 0) return null;
  ctx.customers.segments.rfm = segmentsOf(RFM_RULES, ctx.customers);
  ctx.options.schemes = ['rfm'];
  return ctx;
}
