import { analyzeTable } from '../../../src/analytics';
import { SHOP } from './shop';

const report = analyzeTable(SHOP);
const s = report.sections!;

describe('report sections on the hand-worked shop', () => {
  it('scores c1 Lost, c2 Loyal Customers, c3 About To Sleep as of 2024-03-21', () => {
    expect(report.asOfDate).toBe('2024-03-21');
    expect(report.customers.map((c) => [c.customer, c.recencyDays, c.frequency, c.monetary, `${c.r}${c.f}${c.m}`, c.segment])).toEqual([
      ['c1', 436, 1, 120, '112', 'Lost'],
      ['c2', 1, 2, 210, '333', 'Loyal Customers'],
      ['c3', 280, 1, 30, '221', 'About To Sleep'],
    ]);
    expect(report.unscored).toEqual(['c4']);
  });

  it('KPIs', () => {
    expect(s.kpis).toEqual({
      revenue: 360, orders: 4, customers: 3, aov: 90, revenuePerCustomer: 120, averageAge: 41, repeatRate: 1 / 3,
      // known-status orders o1 o2 o3 o5 o6 (o4's status is empty); returned o2, o6
      returnRate: 2 / 5, returnedRevenue: 130, returnedRevenueShare: 130 / 490,
      bestYear: { year: '2024', revenue: 210 }, worstYear: { year: '2023', revenue: 150 },
      firstOrderDate: '2023-01-10', lastOrderDate: '2024-03-20', asOfDate: '2024-03-21',
    });
  });

  it('segment summary in rule order, shares of customers and revenue', () => {
    expect(s.segmentSummaries.rfm.map((r) => [r.segment, r.customers, r.revenue, r.revenueShare, r.aov])).toEqual([
      ['Loyal Customers', 1, 210, 210 / 360, 105],
      ['About To Sleep', 1, 30, 30 / 360, 30],
      ['Lost', 1, 120, 120 / 360, 120],
    ]);
  });

  it('trend by year with the change against the year before', () => {
    expect(s.trend.yearly).toEqual([
      { period: '2023', revenue: 150, orders: 2, customers: 2, averageSpend: 75, revenueChange: null, ordersChange: null, customersChange: null },
      { period: '2024', revenue: 210, orders: 2, customers: 1, averageSpend: 210, revenueChange: 0.4, ordersChange: 0, customersChange: -0.5 },
    ]);
    expect(s.trend.monthly).toHaveLength(15); // 2023-01 … 2024-03, empty months included
    expect(s.trend.monthly[1]).toMatchObject({ period: '2023-02', revenue: 0, orders: 0 });
  });

  it('returns by status (unknown its own group) and by product', () => {
    expect(s.returns.byStatus!.map((r) => [r.status, r.rows, r.orders, r.revenue])).toEqual([
      ['In Transit', 1, 1, 200], ['Delivered', 3, 2, 150], ['Returned', 2, 2, 130], ['(unknown)', 1, 1, 10],
    ]);
    const byProduct = s.returns.byDimension.find((d) => d.dimension === 'product')!.rows;
    expect(byProduct.map((r) => [r.group, r.orders, r.returned, r.returnedRevenue])).toEqual([
      ['Watch', 1, 1, 80], ['Monitor', 1, 1, 50], ['Laptop', 2, 0, 0], ['Mouse', 1, 0, 0], ['Cable', 1, 0, 0],
    ]);
  });

  it('breakdowns: gender and age bands per customer, category and payment per order row', () => {
    const by = (d: string) => s.breakdowns.find((b) => b.dimension === d)!.rows.map((r) => [r.group, r.customers, r.orders, r.revenue]);
    expect(by('gender')).toEqual([['M', 1, 2, 210], ['F', 1, 1, 120], ['(blank)', 1, 1, 30]]);
    expect(by('age')).toEqual([['25–34', 1, 1, 120], ['45–54', 1, 2, 210], ['(blank)', 1, 1, 30]]);
    expect(by('category')).toEqual([['Electronics', 2, 2, 300], ['Accessories', 3, 3, 60]]);
    expect(by('payment')).toEqual([['Cash', 1, 2, 210], ['Card', 1, 1, 120], ['Crypto', 1, 1, 30]]);
    expect(s.paymentMix!.dimension).toBe('payment');
  });

  it('products and each segment\'s top products with lift', () => {
    expect(s.products.topProducts!.map((p) => [p.name, p.revenue, p.orders, p.customers])).toEqual([
      ['Laptop', 300, 2, 2], ['Cable', 30, 1, 1], ['Mouse', 30, 2, 2],
    ]);
    const lifts = s.products.topProductsBySegment.map((seg) => [seg.segment, seg.products.map((p) => [p.name, p.revenue, +p.lift.toFixed(6)])]);
    expect(lifts).toEqual([
      ['Loyal Customers', [['Laptop', 200, 1.142857], ['Mouse', 10, 0.571429]]],
      ['About To Sleep', [['Cable', 30, 12]]],
      ['Lost', [['Laptop', 100, 1], ['Mouse', 20, 2]]],
    ]);
  });

  it('concentration, Gini and top customers', () => {
    expect(s.concentration.topShares.map((t) => [t.topPercent, t.customers, t.revenueShare])).toEqual([
      [1, 1, 210 / 360], [5, 1, 210 / 360], [10, 1, 210 / 360], [20, 1, 210 / 360],
    ]);
    expect([s.concentration.customersFor80, s.concentration.customersFor80Share]).toEqual([2, 2 / 3]);
    expect(s.concentration.gini).toBeCloseTo(1 / 3, 12);
    // Three customers: a point per customer (at most 200), cumulative revenue by rank.
    expect(s.concentration.pareto).toEqual([
      { customerShare: 1 / 3, revenueShare: 210 / 360 }, { customerShare: 2 / 3, revenueShare: 330 / 360 }, { customerShare: 1, revenueShare: 1 },
    ]);
    expect(s.topCustomers.map((t) => [t.rank, t.customer, t.revenue, t.orders, t.cumulativeShare])).toEqual([
      [1, 'c2', 210, 2, 210 / 360], [2, 'c1', 120, 1, 330 / 360], [3, 'c3', 30, 1, 1],
    ]);
  });

  it('R×F grid and data quality', () => {
    expect(s.rfGrid.filter((c) => c.customers > 0)).toEqual([
      { r: 3, f: 3, customers: 1, avgMonetary: 210 }, { r: 2, f: 2, customers: 1, avgMonetary: 30 }, { r: 1, f: 1, customers: 1, avgMonetary: 120 },
    ]);
    expect(s.rfGrid).toHaveLength(25);
    expect(s.dataQuality).toMatchObject({ duplicateRows: 0, negativeAmounts: 0, returnsOnlyCustomers: 1, returnsOnlySample: ['c4'], unknownStatusRows: 1 });
  });

  it('tells the story in sentences', () => {
    expect(s.narrative).toContain('3 customers placed 4 orders worth 360, 90 per order on average.');
    expect(s.narrative).toContain('Loyal Customers are 33% of customers and 58% of revenue.');
    expect(s.narrative).toContain('40% of orders were returned, 130 of revenue (27% of gross sales).');
    expect(s.narrative).toContain('Electronics is the biggest category with 83% of revenue.');
  });
});

describe('the Pareto curve', () => {
  it('takes every ⌈n/200⌉-th customer by revenue and ends at all customers', () => {
    // 401 customers, customer i spending i + 1: a point every 3rd customer, then the last one.
    const rows = [['customer', 'order', 'date', 'amount'], ...Array.from({ length: 401 }, (_, i) => [`c${i}`, `o${i}`, 45000 + (i % 30), i + 1])];
    const { pareto } = analyzeTable(rows).sections!.concentration;
    const total = (401 * 402) / 2;
    const topSum = (k: number) => (k * (401 + 401 - k + 1)) / 2; // the k largest: 401, 400, …
    expect(pareto).toHaveLength(134);
    expect(pareto[0]).toEqual({ customerShare: 3 / 401, revenueShare: topSum(3) / total });
    expect(pareto[132]).toEqual({ customerShare: 399 / 401, revenueShare: topSum(399) / total });
    expect(pareto[133]).toEqual({ customerShare: 1, revenueShare: 1 });
  });
});
