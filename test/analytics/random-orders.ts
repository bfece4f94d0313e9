import fc from 'fast-check';
import { CellValue } from '../../src/analytics';

export interface RandomRow {
  customer: number | string;
  order: number;
  day: number;
  /** In cents, so sums are exact in SQL and JS alike. */
  cents: number;
  category: string;
}

/** Random order rows: few customers (so ties happen), numbers or text ids, some credit notes. */
export function randomRows(textIds: boolean, maxRows = 200) {
  const customer = textIds ? fc.oneof(fc.integer({ min: 1, max: 25 }), fc.constantFrom('ann', 'Bob', 'cy', '00017', 'zed')) : fc.integer({ min: 1, max: 40 });
  return fc.array(
    fc.record({
      customer,
      order: fc.integer({ min: 1, max: 120 }),
      day: fc.integer({ min: 45000, max: 45400 }),
      cents: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 50000 }) }, { weight: 1, arbitrary: fc.integer({ min: -20000, max: -1 }) }),
      category: fc.constantFrom('Books', 'Clothing', 'Home', ''),
    }),
    { minLength: 1, maxLength: maxRows },
  );
}

export const HEADER = ['customer', 'order', 'date', 'amount', 'category'];

export function asTable(rows: readonly RandomRow[]): CellValue[][] {
  return [HEADER, ...rows.map((r) => [r.customer, r.order, r.day, r.cents / 100, r.category])];
}
