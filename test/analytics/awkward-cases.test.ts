import { AnalysisError, analyzeTable } from '../../src/analytics';

const header = ['customer', 'date', 'amount'];

describe('awkward inputs', () => {
  it('one customer: scores 1, percentiles 0, all revenue in the top 1%', () => {
    const report = analyzeTable([header, ['solo', 45000, 10], ['solo', 45010, 5]]);
    expect(report.customers).toMatchObject([{ customer: 'solo', recencyDays: 1, frequency: 2, monetary: 15, r: 1, f: 1, m: 1, segment: 'Lost' }]);
    expect(report.customers[0].segments.personas).toBe('Standard Customer');
    expect(report.sections!.concentration).toMatchObject({ customersFor80: 1, gini: 0, topShares: [{ topPercent: 1, customers: 1, revenueShare: 1 }, expect.anything(), expect.anything(), expect.anything()] });
  });

  it('all ties: NTILE hands out scores by customer id alone', () => {
    const rows = [header, ...['e', 'd', 'c', 'b', 'a'].map((id) => [id, 45000, 10])];
    expect(analyzeTable(rows).customers.map((c) => `${c.customer}${c.r}${c.f}${c.m}`)).toEqual(['a111', 'b222', 'c333', 'd444', 'e555']);
  });

  it('zero and negative amounts: a zero sale is a purchase, a negative one a credit note', () => {
    const report = analyzeTable([header, ['z', 45000, 0], ['n', 45000, 20], ['n', 45001, -25]]);
    expect(report.customers.map((c) => [c.customer, c.frequency, c.monetary])).toEqual([['n', 1, -5], ['z', 1, 0]]);
    expect(report.sections!.dataQuality).toMatchObject({ negativeAmounts: 1, zeroAmounts: 1 });
  });

  it('every row a return: nothing to score, said as no-data', () => {
    try {
      analyzeTable([header, ['a', 45000, -5], ['b', 45001, -1]]);
      throw new Error('expected AnalysisError');
    } catch (e) {
      expect(e).toBeInstanceOf(AnalysisError);
      expect(e).toMatchObject({ kind: 'no-data', message: 'No customer has a purchase: every usable row is a return.' });
    }
  });

  it('missing values everywhere: skipped rows counted, the rest analysed', () => {
    const report = analyzeTable([header, [null, null, null], ['a', '', 5], ['a', 45000, ''], ['a', 45001, 7], ['', 45002, 1]]);
    expect(report.customers).toMatchObject([{ customer: 'a', frequency: 1, monetary: 7 }]);
    expect(report.quality).toMatchObject({ rows: 5, usedRows: 1, skippedRows: 4 });
  });
});
