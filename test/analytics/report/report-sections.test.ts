import { breakdowns, kpis, productRows, reportSections, returnsAndLeakage, topCustomers } from '../../../src/analytics/report';
import { contextOf, shop } from './fixture';

describe('reportSections', () => {
  const ctx = shop({ segments: { rfm: { c1: 'Lost', c2: 'Potential Loyalist', c3: 'Others' }, tiers: { c1: 'Loyal', c2: 'VIP', c3: 'Loyal' } } });
  const s = reportSections(ctx);

  it('every section, each the same as its own function gives', () => {
    expect(Object.keys(s)).toEqual([
      'kpis', 'segmentSummaries', 'rfGrid', 'breakdowns', 'trend', 'products', 'returns', 'concentration', 'topCustomers', 'distributions',
      'paymentMix', 'dataQuality', 'narrative',
    ]);
    expect(s.kpis).toEqual(kpis(shop()));
    expect(Object.keys(s.segmentSummaries)).toEqual(['rfm', 'tiers']);
    expect(s.breakdowns).toEqual(breakdowns(shop()));
    expect(s.returns).toEqual(returnsAndLeakage(shop()));
    expect(s.products.categories).toEqual(productRows(shop(), 'category'));
    expect(s.topCustomers).toEqual(topCustomers(shop()));
    expect(s.paymentMix).toEqual(s.breakdowns.find((b) => b.dimension === 'payment')!.rows);
  });

  it('the narrative speaks of the main scheme', () => {
    expect(s.narrative[1]).toBe('Potential Loyalist are 33% of customers and 57% of revenue.');
    const tiers = reportSections({ ...ctx, options: { ...ctx.options, scheme: 'tiers' } });
    expect(tiers.narrative[1]).toBe('VIP are 33% of customers and 57% of revenue.');
    expect(tiers.products.topProductsBySegment!.map((x) => x.segment)).toEqual(['VIP', 'Loyal']);
  });

  it('a bare table (customer, date, amount): optional sections are null or empty, nothing throws', () => {
    const bare = reportSections(contextOf([['customer', 'date', 'amount'], ['a', '2024-01-01', 5]], { segments: { rfm: { a: 'Lost' } } }));
    expect(bare.kpis).toMatchObject({ revenue: 5, customers: 1, averageAge: null, averageRating: null, returnRate: 0 });
    expect([bare.paymentMix, bare.products.products, bare.returns.byStatus, bare.dataQuality.unknownStatusRows]).toEqual([null, null, null, null]);
    expect([bare.breakdowns, bare.returns.byDimension, bare.dataQuality.outOfRange]).toEqual([[], [], []]);
    expect(bare.narrative).toEqual([
      '1 customer placed 1 order worth 5, 5 per order on average.',
      'Lost are 100% of customers and 100% of revenue.',
      'No order was returned.',
      '0% of customers ordered more than once.',
    ]);
  });
});
