import { AnalysisError, analyzeTable, serialFromYmd } from '../../src/analytics';
import { TEN_ORDERS, TEN_ORDERS_EXPECTED } from './ten-orders';

describe('analyzeTable', () => {
  it('computes R, F, M, NTILE scores and rfm segments of the hand-checked case', () => {
    const report = analyzeTable(TEN_ORDERS);
    expect(report.asOfDate).toBe('2024-04-01');
    expect(report.customers).toMatchObject(TEN_ORDERS_EXPECTED);
    expect(report.customers[0]).toMatchObject({
      firstPurchase: '2024-01-01', lastPurchase: '2024-03-01', tenureDays: 60, aov: 17.5,
      ordersPerMonth: 2 / (91 / (365.25 / 12)), // 2 orders over the 91 days from the first purchase to as-of
      returnRows: 0, returnedRevenue: 0, attributes: {},
    });
    expect(report.customers[1]).toMatchObject({ returnRows: 1, returnedRevenue: 40 });
    expect(report.rowSegments).toEqual([
      'Loyal Customers', 'Loyal Customers', 'Loyal Customers', 'Others', 'Others', 'Others', 'Others',
      'At Risk', 'Potential Loyalist', 'Others',
    ]);
    expect(report.revenue).toBeCloseTo(197.5, 9);
  });

  it('shapes customer rows and row segments on first read; spreads and JSON leave the row segments out', () => {
    const report = analyzeTable(TEN_ORDERS);
    expect(Object.keys(report)).toContain('customers');
    expect(Object.keys(report)).not.toContain('rowSegments');
    expect(JSON.parse(JSON.stringify(report))).not.toHaveProperty('rowSegments');
    expect({ ...report }.customers).toBe(report.customers); // made once, then the same array
    expect(report.rowSegments).toBe(report.rowSegments);
    expect(report.rowSegments).toEqual(Array.from(report.rowCustomer, (i) => (i < 0 ? '' : report.customers[i].segment)));
  });

  it('leaves credit notes out of monetary with returns "exclude"', () => {
    const b = analyzeTable(TEN_ORDERS, { returns: 'exclude' }).customers.find((c) => c.customer === 'B')!;
    expect(b.monetary).toBe(100);
    expect(b.frequency).toBe(1);
  });

  it('measures recency from a given as-of date; a purchase on that day gives 0', () => {
    const report = analyzeTable(TEN_ORDERS, { asOf: serialFromYmd(2024, 3, 31) });
    expect(report.customers.find((c) => c.customer === 'E')!.recencyDays).toBe(0);
    expect(report.customers.find((c) => c.customer === 'D')!.recencyDays).toBe(121);
  });

  it('counts rows without an order id column one order each', () => {
    const noOrders = TEN_ORDERS.map((row) => [row[0], row[2], row[3]]);
    const a = analyzeTable(noOrders).customers.find((c) => c.customer === 'A')!;
    expect(a.frequency).toBe(3);
  });

  it('breaks ties by customer id, numbers before text, whatever the row order', () => {
    const rows = [['customer', 'date', 'amount'], ['b', 45000, 10], [10, 45000, 10], ['a', 45000, 10], [9, 45000, 10], [2, 45000, 10]];
    const expectScores = (values: typeof rows) =>
      analyzeTable(values).customers.map((c) => [c.customer, c.r, c.f, c.m]);
    const expected = [[2, 1, 1, 1], [9, 2, 2, 2], [10, 3, 3, 3], ['a', 4, 4, 4], ['b', 5, 5, 5]];
    expect(expectScores(rows)).toEqual(expected);
    expect(expectScores([rows[0], ...rows.slice(1).reverse()])).toEqual(expected);
  });

  it('does not score a customer whose only rows are returns, and lists it', () => {
    const report = analyzeTable([['customer', 'date', 'amount'], ['x', 45000, 10], ['y', 45001, -5]]);
    expect(report.customers.map((c) => c.customer)).toEqual(['x']);
    expect(report.unscored).toEqual(['y']);
    expect(report.rowSegments).toEqual([report.customers[0].segment, '']);
  });

  it('skips unreadable rows and counts them by column and first row', () => {
    const report = analyzeTable([
      ['customer', 'date', 'amount'],
      ['x', 45000, 10],
      ['', 45000, 10],
      ['y', 'not a date', 10],
      ['z', 45000, 'ten'],
      ['z', 45000, null],
      ['w', '#N/A', 3],
    ]);
    expect(report.quality.skippedRows).toBe(5);
    const byRole = Object.fromEntries(report.quality.columns.map((c) => [c.role, c]));
    expect(byRole.customer).toMatchObject({ empty: 1, firstEmptyRow: 2, unparseable: 0 });
    expect(byRole.date).toMatchObject({ unparseable: 2, firstUnparseableRow: 3 });
    expect(byRole.amount).toMatchObject({ unparseable: 1, firstUnparseableRow: 4, empty: 1, firstEmptyRow: 5 });
    expect(report.rowSegments.filter((s) => s !== '')).toHaveLength(1);
  });

  it('takes amount from quantity × unit price and treats negative quantities as returns', () => {
    const report = analyzeTable([
      ['InvoiceNo', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID'],
      ['536365', 6, '2010-12-01 08:26:00', 2.55, '17850.0'],
      ['C536379', -1, '2010-12-01 09:41:00', 27.5, '14527.0'],
      ['536380', 2, '2010-12-02 09:41:00', 10, '14527.0'],
    ]);
    expect(report.customers).toEqual([
      expect.objectContaining({ customer: 14527, frequency: 1, monetary: -7.5, recencyDays: 1 }),
      expect.objectContaining({ customer: 17850, frequency: 1, monetary: 15.3, recencyDays: 2 }),
    ]);
  });

  it('names the missing column and lists the headers', () => {
    expect(() => analyzeTable([['who', 'when', 'amount'], ['x', 45000, 1]])).toThrow(
      /Could not find the customer, date columns\. Columns: who, when, amount/,
    );
    expect(() => analyzeTable([['who', 'when', 'amount'], ['x', 45000, 1]], { mapping: { customer: 'who', date: 'when' } })).not.toThrow();
  });

  it('rejects bins outside 2..10 and unknown schemes with AnalysisError', () => {
    expect(() => analyzeTable(TEN_ORDERS, { bins: 11 })).toThrow(AnalysisError);
    expect(() => analyzeTable(TEN_ORDERS, { scheme: 'nope' })).toThrow(/Unknown segment scheme "nope"/);
  });
});
