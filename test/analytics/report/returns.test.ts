import { returnsAndLeakage } from '../../../src/analytics/report';
import { contextOf, shop } from './fixture';

const rates = (rows: { group: string; orders: number; returnedOrders: number; returnedRevenue: number; grossSales: number }[]) =>
  rows.map((r) => [r.group, r.orders, r.returnedOrders, r.returnedRevenue, r.grossSales]);

describe('returns and leakage', () => {
  const r = returnsAndLeakage(shop());

  it('overall: returned orders / orders with a known status; the order with an empty status is apart', () => {
    expect(r.overall).toEqual({
      group: 'All', orders: 7, returnedOrders: 3, returnRate: 3 / 7, returnedRevenue: 145, grossSales: 490, returnedShare: 145 / 490,
      allOrders: 8, unknownStatusOrders: 1,
    });
  });

  it('by status: the booked amount, the empty status its own "(unknown)" group, last', () => {
    expect(r.byStatus).toEqual([
      { status: 'In Transit', returned: false, rows: 1, orders: 1, amount: 200, amountShare: 200 / 475 },
      { status: 'Delivered', returned: false, rows: 4, orders: 3, amount: 150, amountShare: 150 / 475 },
      { status: 'Returned', returned: true, rows: 2, orders: 2, amount: 130, amountShare: 130 / 475 },
      { status: 'Refunded', returned: true, rows: 1, orders: 1, amount: -15, amountShare: -15 / 475 },
      { status: '(unknown)', returned: false, rows: 1, orders: 1, amount: 10, amountShare: 10 / 475 },
    ]);
  });

  it('by product and category, most returned revenue first; returns-only c4 counts', () => {
    const by = (d: string) => r.byDimension.find((x) => x.dimension === d)!;
    expect(rates(by('product').rows)).toEqual([
      ['Watch', 1, 1, 80, 80], ['Monitor', 1, 1, 50, 50], ['Mouse', 2, 1, 15, 30], ['Cable', 2, 0, 0, 30], ['Laptop', 2, 0, 0, 300],
    ]);
    expect(by('product').rows[2]).toMatchObject({ returnRate: 0.5, returnedShare: 0.5 });
    expect(rates(by('category').rows)).toEqual([
      ['Wearables', 1, 1, 80, 80], ['Electronics', 3, 1, 50, 350], ['Accessories', 3, 1, 15, 30], ['(blank)', 1, 0, 0, 30],
    ]);
  });

  it('every mapped dimension: row columns by the row, customer attributes by the customer (c4 has none: blank)', () => {
    expect(r.byDimension.map((d) => [d.dimension, d.level])).toEqual([
      ['product', 'order'], ['category', 'order'], ['region', 'order'], ['payment', 'order'], ['gender', 'customer'], ['age', 'customer'],
    ]);
    const gender = r.byDimension.find((x) => x.dimension === 'gender')!;
    // F: c1's o1 and o2 (returned 50); M: c2's o3 and o8 (o4 has no status); blank: c3's o5, o7 and c4's o6
    expect(rates(gender.rows)).toEqual([['F', 2, 1, 50, 170], ['M', 2, 1, 15, 210], ['(blank)', 3, 1, 80, 110]]);
  });

  it('without a status column negative rows are the returns and every order has a known status', () => {
    const ctx = contextOf([
      ['customer', 'order', 'date', 'amount', 'product'],
      ['a', 'I1', '2024-01-01', 30, 'Mug'],
      ['a', 'I1', '2024-01-01', 20, 'Tea'],
      ['a', 'C1', '2024-01-05', -20, 'Tea'],
      ['b', 'I2', '2024-01-06', 0, 'Tea'],
    ]);
    const x = returnsAndLeakage(ctx);
    expect(x.byStatus).toBeNull();
    expect(x.overall).toMatchObject({ orders: 3, returnedOrders: 1, returnRate: 1 / 3, returnedRevenue: 20, grossSales: 50, unknownStatusOrders: 0 });
    expect(rates(x.byDimension[0].rows)).toEqual([['Tea', 3, 1, 20, 20], ['Mug', 1, 0, 0, 30]]);
  });

  it('a customer whose rows are all returns: counted in returns, though not scored', () => {
    const ctx = contextOf([
      ['customer', 'order', 'date', 'amount', 'status'],
      ['a', 'o1', '2024-01-01', 10, 'Delivered'],
      ['b', 'o2', '2024-01-02', 40, 'Refunded'],
      ['b', 'o3', '2024-01-03', 60, 'Cancelled'],
    ]);
    expect(ctx.customers.ids).toEqual(['a']);
    expect(returnsAndLeakage(ctx).overall).toMatchObject({ orders: 3, returnedOrders: 2, returnedRevenue: 100, grossSales: 110 });
  });
});
