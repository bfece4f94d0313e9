import { dataQuality, duplicateRows, outOfRange, ratingScale } from '../../../src/analytics/report';
import { contextOf, shop } from './fixture';

describe('data quality', () => {
  it('the shop: a credit note, a zero amount, one returns-only customer, one empty status', () => {
    const q = dataQuality(shop({ conflicts: { gender: 2 } }));
    expect(q).toMatchObject({
      rows: 9, usedRows: 9, skippedRows: 0, duplicateRows: 0, negativeAmounts: 1, zeroAmounts: 1,
      returnsOnlyCustomers: 1, returnsOnlySample: ['c4'], inconsistentAttributes: { gender: 2 }, unknownStatusRows: 1, outOfRange: [],
    });
    expect(q.columns.find((c) => c.role === 'status')).toMatchObject({ empty: 1, firstEmptyRow: 5 });
  });

  it('duplicates: same customer, date, amount, order and product; each copy after the first counts', () => {
    const ctx = contextOf([
      ['customer', 'order', 'date', 'amount', 'product'],
      ['a', 'o1', '2024-01-01', 5, 'Pen'],
      ['a', 'o1', '2024-01-01', 5, 'Pen'], // copy
      ['a', 'o1', '2024-01-01', 5, 'Ink'], // other product
      ['a', 'o2', '2024-01-01', 5, 'Pen'], // other order
      ['b', 'o1', '2024-01-01', 5, 'Pen'], // other customer
      ['a', 'o1', '2024-01-02', 5, 'Pen'], // other date
      ['a', 'o1', '2024-01-01', 5.5, 'Pen'], // other amount
      ['a', 'o1', '2024-01-01', 5, 'Pen'], // copy
      ['', 'o1', '2024-01-01', 5, 'Pen'], // skipped row: not data
    ]);
    expect(duplicateRows(ctx.tx)).toBe(2);
    expect(dataQuality(ctx)).toMatchObject({ rows: 9, usedRows: 8, skippedRows: 1, duplicateRows: 2, unknownStatusRows: null });
  });

  it('duplicates without order or product columns; many rows (the table grows past collisions)', () => {
    const rows: (string | number)[][] = [['customer', 'date', 'amount']];
    for (let i = 0; i < 3000; i++) rows.push([`c${i % 1000}`, '2024-01-01', i % 1000 === 7 ? 0 : -0]);
    // 1000 distinct (customer, amount) pairs, each three times; -0 and 0 are the same amount
    expect(duplicateRows(contextOf(rows).tx)).toBe(2000);
  });

  it('returns-only customers in id order, numbers first', () => {
    const ctx = contextOf([
      ['customer', 'date', 'amount'],
      ['z', '2024-01-01', -1], [10, '2024-01-01', -1], [9, '2024-01-01', -1], ['k', '2024-01-01', 3],
    ]);
    expect(dataQuality(ctx)).toMatchObject({ returnsOnlyCustomers: 3, returnsOnlySample: [9, 10, 'z'], negativeAmounts: 3 });
  });

  it('out of range: age, income, rating beyond its scale, quantity ≤ 0 on a purchase, negative price, dates after as-of', () => {
    const ctx = contextOf(
      [
        ['customer', 'order', 'date', 'amount', 'status', 'age', 'income', 'rating', 'quantity', 'unit price'],
        ['a', 1, '2024-01-01', 5, 'Delivered', 30, 1000, 4, 1, 5],
        ['a', 2, '2024-01-02', 5, 'Delivered', -1, -5, -1, 0, 5],
        ['b', 3, '2024-01-03', 5, 'Returned', 121, 1000, 5, -1, -5],
        ['b', 4, '2024-02-03', 5, 'Delivered', 120, 1000, '', -2, 5],
      ],
      { asOf: 45324 }, // 2024-02-02
    );
    expect(outOfRange(ctx)).toEqual([
      { column: 'age', rule: 'age below 0 or above 120', count: 2, level: 'row', firstRow: 2 },
      { column: 'income', rule: 'negative income', count: 1, level: 'row', firstRow: 2 },
      { column: 'rating', rule: 'rating below 0 or above 5', count: 1, level: 'row', firstRow: 2 },
      // row 3's −1 is on a return
      { column: 'quantity', rule: 'quantity of 0 or less on a purchase row', count: 2, level: 'row', firstRow: 2 },
      { column: 'unit price', rule: 'negative unit price', count: 1, level: 'row', firstRow: 3 },
      { column: 'date', rule: 'order dated after the as-of date', count: 1, level: 'row', firstRow: 4 },
    ]);
  });

  it('ages from a customers table are checked per customer', () => {
    const ctx = shop({ attributes: { age: { c1: 130, c2: -3, c3: 40 } } });
    expect(outOfRange(ctx)).toEqual([{ column: 'age', rule: 'age below 0 or above 120', count: 2, level: 'customer' }]);
  });

  it('the rating scale is the smallest of 5, 10, 100 that holds 95% of ratings', () => {
    const used = new Int32Array(20);
    expect(ratingScale(Float64Array.from({ length: 20 }, (_, i) => (i === 0 ? 9 : 4)), used)).toBe(5); // 19 of 20
    expect(ratingScale(Float64Array.from({ length: 20 }, (_, i) => (i < 2 ? 9 : 4)), used)).toBe(10);
    expect(ratingScale(Float64Array.from({ length: 20 }, () => 80), used)).toBe(100);
  });
});
