import { kpis } from '../../../src/analytics/report';
import { contextOf, shop } from './fixture';

describe('kpis', () => {
  it('the shop: revenue nets the credit note; returns count every used row, c4 included', () => {
    expect(kpis(shop())).toEqual({
      revenue: 345, orders: 5, customers: 3, aov: 69, revenuePerCustomer: 115, averageAge: 41, averageRating: null,
      repeatRate: 2 / 3,
      // known-status orders: every order but o4; returned: o2, o6, o8
      returnRate: 3 / 7,
      // |50| + |80| + |−15|, of purchases 360 plus returned positive amounts 130
      returnedRevenue: 145, returnedRevenueShare: 145 / 490,
      bestYear: { year: '2024', revenue: 195 }, worstYear: { year: '2023', revenue: 150 },
      firstOrderDate: '2023-01-10', lastOrderDate: '2024-03-20', asOfDate: '2024-03-22',
    });
  });

  it('one customer, no status column: negative rows are the returns; ages out of 0–120 are not averaged', () => {
    const ctx = contextOf(
      [
        ['customer', 'order', 'date', 'amount', 'rating'],
        [7, 'A', '2022-05-01', 40, 4],
        [7, 'A', '2022-05-01', 10, ''],
        [7, 'B', '2022-06-01', 50, 2],
        [7, 'C', '2022-06-02', -20, 3],
      ],
      { attributes: { age: { 7: 130 } } },
    );
    const k = kpis(ctx);
    expect(k).toMatchObject({
      revenue: 80, orders: 2, customers: 1, aov: 40, revenuePerCustomer: 80, averageAge: null, averageRating: 3, repeatRate: 1,
      returnRate: 1 / 3, returnedRevenue: 20, returnedRevenueShare: 20 / 100,
      bestYear: { year: '2022', revenue: 80 }, worstYear: { year: '2022', revenue: 80 },
      firstOrderDate: '2022-05-01', lastOrderDate: '2022-06-01', asOfDate: '2022-06-03',
    });
  });

  it('returns "exclude": credit notes are not revenue', () => {
    expect(kpis(shop({ returns: 'exclude' }))).toMatchObject({ revenue: 360, aov: 72, bestYear: { year: '2024', revenue: 210 } });
  });

  it('a year without orders between two is neither best nor worst; ties go to the earlier year', () => {
    const ctx = contextOf([
      ['customer', 'date', 'amount'],
      ['a', '2020-03-01', 10],
      ['a', '2022-03-01', 10],
      ['b', '2023-03-01', 30],
    ]);
    expect(kpis(ctx)).toMatchObject({ bestYear: { year: '2023', revenue: 30 }, worstYear: { year: '2020', revenue: 10 }, orders: 3 });
  });
});
