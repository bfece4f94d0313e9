import { topCustomers } from '../../../src/analytics/report';
import { contextOf, shop } from './fixture';

describe('top customers', () => {
  it('rank, customer, revenue, orders, share and cumulative share', () => {
    expect(topCustomers(shop())).toEqual([
      { rank: 1, customer: 'c2', revenue: 195, orders: 2, share: 195 / 345, cumulativeShare: 195 / 345 },
      { rank: 2, customer: 'c1', revenue: 120, orders: 1, share: 120 / 345, cumulativeShare: 315 / 345 },
      { rank: 3, customer: 'c3', revenue: 30, orders: 2, share: 30 / 345, cumulativeShare: 345 / 345 },
    ]);
  });

  it('ties in revenue by customer id ascending: numbers numerically, before text; whatever the row order', () => {
    const rows = [[10, 5], ['b', 5], [9, 5], ['a', 5], [2, 7]];
    const ctx = contextOf([['customer', 'date', 'amount'], ...rows.map(([c, a]) => [c, '2024-01-01', a])]);
    expect(topCustomers(ctx, 4).map((t) => t.customer)).toEqual([2, 9, 10, 'a']);
    const reversed = contextOf([['customer', 'date', 'amount'], ...[...rows].reverse().map(([c, a]) => [c, '2024-01-01', a])]);
    expect(topCustomers(reversed, 4).map((t) => t.customer)).toEqual([2, 9, 10, 'a']);
  });

  it('money rounded to 6 decimals ties: 15.36 + 16.99 with 32.35', () => {
    const ctx = contextOf([['customer', 'date', 'amount'], ['b', '2024-01-01', 15.36], ['b', '2024-01-01', 16.99], ['a', '2024-01-01', 32.35]]);
    expect(topCustomers(ctx).map((t) => t.customer)).toEqual(['a', 'b']);
  });

  it('n larger than the customers gives every customer; default n is topN', () => {
    expect(topCustomers(shop(), 50)).toHaveLength(3);
    expect(topCustomers(shop({ options: { topN: 1 } }))).toHaveLength(1);
  });
});
