import { categoriesAndProducts, productRows, topProductsBySegment } from '../../../src/analytics/report';
import { allIn, contextOf, shop } from './fixture';

describe('categories and products', () => {
  const ctx = shop();

  it('per product: revenue, orders, customers, AOV and units from purchase rows; sold-only-in-returns products left out', () => {
    expect(productRows(ctx, 'product')).toEqual([
      { group: 'Laptop', customers: 2, customerShare: 2 / 3, orders: 2, revenue: 300, revenueShare: 300 / 345, aov: 150, quantity: 2 },
      { group: 'Cable', customers: 1, customerShare: 1 / 3, orders: 2, revenue: 30, revenueShare: 30 / 345, aov: 15, quantity: 4 },
      // 20 + 10 − the credit note 15; its −1 unit is a return, not a sale
      { group: 'Mouse', customers: 2, customerShare: 2 / 3, orders: 2, revenue: 15, revenueShare: 15 / 345, aov: 7.5, quantity: 3 },
    ]);
  });

  it('per category, blank last', () => {
    expect(productRows(ctx, 'category')!.map((r) => [r.group, r.revenue, r.orders, r.customers, r.quantity])).toEqual([
      ['Electronics', 300, 2, 2, 2], ['Accessories', 15, 3, 3, 4], ['(blank)', 30, 1, 1, 3],
    ]);
  });

  it('top N products', () => {
    expect(categoriesAndProducts(shop({ options: { topN: 2 } })).topProducts!.map((p) => p.group)).toEqual(['Laptop', 'Cable']);
  });

  it('each segment\'s top products, lift = share of the segment\'s revenue / share of all revenue', () => {
    expect(topProductsBySegment(ctx)).toEqual([
      {
        // c2 bought Mouse for 10 and was credited 15: −5, not listed; Laptop's 200 is more than the segment's 195
        segment: 'Potential Loyalist', revenue: 195, customers: 1,
        products: [{ product: 'Laptop', revenue: 200, customers: 1, share: 200 / 195, overallShare: 300 / 345, lift: 200 / 195 / (300 / 345) }],
      },
      {
        segment: 'Lost', revenue: 120, customers: 1,
        products: [
          { product: 'Laptop', revenue: 100, customers: 1, share: 100 / 120, overallShare: 300 / 345, lift: 100 / 120 / (300 / 345) },
          { product: 'Mouse', revenue: 20, customers: 1, share: 20 / 120, overallShare: 15 / 345, lift: 20 / 120 / (15 / 345) },
        ],
      },
      {
        segment: 'Others', revenue: 30, customers: 1,
        products: [{ product: 'Cable', revenue: 30, customers: 1, share: 1, overallShare: 30 / 345, lift: 11.5 }],
      },
    ]);
  });

  it('top N per segment, ties by product name; buyers counted once per product', () => {
    const ctx2 = contextOf(
      [
        ['customer', 'order', 'date', 'amount', 'product'],
        ['a', 1, '2024-01-01', 10, 'Pen'],
        ['a', 2, '2024-01-02', 10, 'Pen'],
        ['a', 2, '2024-01-02', 20, 'Ink'],
        ['b', 3, '2024-01-03', 20, 'Cap'],
        ['c', 4, '2024-01-04', 40, 'Ink'],
      ],
      { segments: { rfm: { a: 'Champions', b: 'Champions', c: 'Lost' } }, options: { topN: 2 } },
    );
    const [champions, lost] = topProductsBySegment(ctx2)!;
    // Champions: Pen 20, Ink 20, Cap 20 → ties by name: Cap, Ink
    expect(champions.products.map((p) => [p.product, p.revenue, p.customers, p.lift])).toEqual([
      ['Cap', 20, 1, (20 / 60) / (20 / 100)], ['Ink', 20, 1, (20 / 60) / (60 / 100)],
    ]);
    expect(lost.products.map((p) => [p.product, p.lift])).toEqual([['Ink', 1 / 0.6]]);
    expect(topProductsBySegment(ctx2, 'rfm', 5)![0].products.map((p) => [p.product, p.customers])).toEqual([['Cap', 1], ['Ink', 1], ['Pen', 1]]);
  });

  it('null without the columns', () => {
    const plain = contextOf([['customer', 'date', 'amount'], ['a', '2024-01-01', 5]], { segments: { rfm: allIn('Lost', ['a']) } });
    expect(categoriesAndProducts(plain)).toEqual({ categories: null, products: null, topProducts: null, topProductsBySegment: null });
  });

  it('quantity is null without a quantity column', () => {
    const ctx2 = contextOf([['customer', 'date', 'amount', 'category'], ['a', '2024-01-01', 5, 'Books']]);
    expect(productRows(ctx2, 'category')).toEqual([
      { group: 'Books', customers: 1, customerShare: 1, orders: 1, revenue: 5, revenueShare: 1, aov: 5, quantity: null },
    ]);
  });
});
