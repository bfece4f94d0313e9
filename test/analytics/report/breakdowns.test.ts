import { breakdowns, customerBreakdown, paymentMix, rowBreakdown } from '../../../src/analytics/report';
import { contextOf, shop } from './fixture';

const table = (rows: { group: string; customers: number; orders: number; revenue: number }[]) => rows.map((r) => [r.group, r.customers, r.orders, r.revenue]);

describe('breakdowns', () => {
  const ctx = shop();

  it('one per mapped dimension: customer attributes, then region, category and payment read per row', () => {
    expect(breakdowns(ctx).map((b) => [b.dimension, b.level, b.banded])).toEqual([
      ['gender', 'customer', false], ['age', 'customer', true],
      ['region', 'order', false], ['category', 'order', false], ['payment', 'order', false],
    ]);
  });

  it('gender per customer: orders are Σ frequency, revenue Σ monetary; (blank) last, never dropped', () => {
    const gender = customerBreakdown(ctx, 'gender')!;
    expect(gender.rows).toEqual([
      { group: 'M', customers: 1, customerShare: 1 / 3, orders: 2, revenue: 195, revenueShare: 195 / 345, aov: 97.5 },
      { group: 'F', customers: 1, customerShare: 1 / 3, orders: 1, revenue: 120, revenueShare: 120 / 345, aov: 120 },
      { group: '(blank)', customers: 1, customerShare: 1 / 3, orders: 2, revenue: 30, revenueShare: 30 / 345, aov: 15 },
    ]);
  });

  it('age in bands, every band kept in band order', () => {
    expect(table(customerBreakdown(ctx, 'age')!.rows)).toEqual([
      ['<18', 0, 0, 0], ['18–24', 0, 0, 0], ['25–34', 1, 1, 120], ['35–44', 0, 0, 0], ['45–54', 1, 2, 195], ['55–64', 0, 0, 0], ['65+', 0, 0, 0],
      ['(blank)', 1, 2, 30],
    ]);
    expect(customerBreakdown(ctx, 'age')!.rows[0]).toMatchObject({ aov: null, revenueShare: 0 });
  });

  it('editable age edges', () => {
    const custom = shop({ options: { ageBands: [40] } });
    expect(table(customerBreakdown(custom, 'age')!.rows)).toEqual([['<40', 1, 1, 120], ['40+', 1, 2, 195], ['(blank)', 1, 2, 30]]);
  });

  it('income bands in thousands', () => {
    const ctx2 = shop({ attributes: { income: { c1: 24999, c2: 25000, c3: 160000 } } });
    expect(table(customerBreakdown(ctx2, 'income')!.rows)).toEqual([
      ['<25k', 1, 1, 120], ['25k–50k', 1, 2, 195], ['50k–75k', 0, 0, 0], ['75k–100k', 0, 0, 0], ['100k–150k', 0, 0, 0], ['150k+', 1, 2, 30],
    ]);
  });

  it('region per row: a credit note nets in its own region, the blank region is its own group', () => {
    // South: o3 200, o5 30, o7 0 and c2's credit note −15; North: o1 (c1's return and c4 add nothing)
    expect(rowBreakdown(ctx, 'region')!.rows).toEqual([
      { group: 'South', customers: 2, customerShare: 2 / 3, orders: 3, revenue: 215, revenueShare: 215 / 345, aov: 215 / 3 },
      { group: 'North', customers: 1, customerShare: 1 / 3, orders: 1, revenue: 120, revenueShare: 120 / 345, aov: 120 },
      { group: '(blank)', customers: 1, customerShare: 1 / 3, orders: 1, revenue: 10, revenueShare: 10 / 345, aov: 10 },
    ]);
  });

  it('category: an order split over two categories counts in both; Wearables (c4 only) has nothing to show', () => {
    expect(table(rowBreakdown(ctx, 'category')!.rows)).toEqual([['Electronics', 2, 2, 300], ['Accessories', 3, 3, 15], ['(blank)', 1, 1, 30]]);
  });

  it('payment mix: orders, revenue and share per method; null without a payment column', () => {
    expect(paymentMix(ctx)!.map((r) => [r.group, r.orders, r.revenue, r.revenueShare])).toEqual([
      ['Cash', 2, 195, 195 / 345], ['Card', 1, 120, 120 / 345], ['Crypto', 2, 30, 30 / 345],
    ]);
    const plain = contextOf([['customer', 'date', 'amount'], ['a', '2024-01-01', 5]]);
    expect(paymentMix(plain)).toBeNull();
    expect(breakdowns(plain)).toEqual([]);
  });

  it('ties in revenue go by label; a numeric attribute that is not banded is grouped by value', () => {
    const ctx2 = contextOf(
      [
        ['customer', 'date', 'amount', 'channel'],
        ['a', '2024-01-01', 5, 'Web'],
        ['b', '2024-01-01', 5, 'App'],
        ['c', '2024-01-01', 5, 'Shop'],
      ],
      { attributes: { group: { a: 5, b: 4, c: 5 } } },
    );
    expect(table(rowBreakdown(ctx2, 'channel')!.rows)).toEqual([['App', 1, 1, 5], ['Shop', 1, 1, 5], ['Web', 1, 1, 5]]);
    expect(table(customerBreakdown(ctx2, 'group')!.rows)).toEqual([['5', 2, 2, 10], ['4', 1, 1, 5]]);
  });

  it('region from a customers table (not on the rows) is a customer-level breakdown', () => {
    const ctx2 = contextOf([['customer', 'date', 'amount'], ['a', '2024-01-01', 5]], { attributes: { region: { a: 'East' } } });
    expect(breakdowns(ctx2).map((b) => [b.dimension, b.level])).toEqual([['region', 'customer']]);
  });
});
