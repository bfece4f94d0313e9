import { change, trend, trendByMonth, trendByYear } from '../../../src/analytics/report';
import { contextOf, shop } from './fixture';

describe('trend', () => {
  it('by year: revenue, orders, customers, spend per customer of the year, change vs the year before', () => {
    expect(trendByYear(shop())).toEqual([
      { period: '2023', revenue: 150, orders: 3, customers: 2, averageSpend: 75, revenueChange: null, ordersChange: null, customersChange: null },
      // 2024: o3 200 + o4 10 − the credit note 15; c1's returned 50 is not revenue
      { period: '2024', revenue: 195, orders: 2, customers: 1, averageSpend: 195, revenueChange: 0.3, ordersChange: -1 / 3, customersChange: -0.5 },
    ]);
  });

  it('by month: every month from the first to the last, empty ones with zeros; no change after a zero', () => {
    const months = trendByMonth(shop());
    expect(months).toHaveLength(15);
    expect(months.map((m) => m.period).slice(0, 3)).toEqual(['2023-01', '2023-02', '2023-03']);
    expect(months.filter((m) => m.orders > 0).map((m) => [m.period, m.revenue, m.orders, m.customers])).toEqual([
      ['2023-01', 120, 1, 1], ['2023-06', 30, 2, 1], ['2024-03', 195, 2, 1],
    ]);
    expect(months[1]).toEqual({
      period: '2023-02', revenue: 0, orders: 0, customers: 0, averageSpend: null, revenueChange: -1, ordersChange: -1, customersChange: -1,
    });
    expect(months[2].revenueChange).toBeNull();
    expect(months[14].revenueChange).toBeNull(); // after an empty February
  });

  it('a credit note in a month without purchases still counts there', () => {
    const ctx = contextOf([
      ['customer', 'order', 'date', 'amount'],
      ['a', 'X', '2024-01-10', 100],
      ['a', 'Y', '2024-03-01', -40],
    ]);
    expect(trendByMonth(ctx).map((m) => [m.period, m.revenue, m.orders, m.customers, m.averageSpend])).toEqual([
      ['2024-01', 100, 1, 1, 100], ['2024-02', 0, 0, 0, null], ['2024-03', -40, 0, 0, null],
    ]);
    // From a negative period the change is measured against its size
    expect(change(-40, -80)).toBe(0.5);
  });

  it('one customer, one row: one period each', () => {
    const ctx = contextOf([['customer', 'date', 'amount'], [1, '2021-12-31', 9]]);
    expect(trend(ctx)).toEqual({
      yearly: [{ period: '2021', revenue: 9, orders: 1, customers: 1, averageSpend: 9, revenueChange: null, ordersChange: null, customersChange: null }],
      monthly: [{ period: '2021-12', revenue: 9, orders: 1, customers: 1, averageSpend: 9, revenueChange: null, ordersChange: null, customersChange: null }],
    });
  });
});
