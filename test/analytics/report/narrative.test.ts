import {
  AnalysisContext, breakdowns, categoriesAndProducts, kpis, narrative, readableCount, readableNumber, readablePercent, revenueConcentration,
  segmentSummary,
} from '../../../src/analytics/report';
import { allIn, contextOf, shop } from './fixture';

function storyOf(ctx: AnalysisContext): string[] {
  return narrative({
    kpis: kpis(ctx),
    segments: segmentSummary(ctx, ctx.options.scheme),
    concentration: revenueConcentration(ctx),
    categories: categoriesAndProducts(ctx).categories,
    breakdowns: breakdowns(ctx),
  });
}

describe('narrative', () => {
  it('the shop, in plain sentences (3 customers: no top-20% sentence)', () => {
    expect(storyOf(shop())).toEqual([
      '3 customers placed 5 orders worth 345, 69 per order on average.',
      'Potential Loyalist are 33% of customers and 57% of revenue.',
      'Revenue peaked in 2024 at 195; the lowest year was 2023 at 150.',
      '43% of orders were returned, worth 145 (30% of gross sales).',
      'Electronics is the biggest category with 87% of revenue.',
      '67% of customers ordered more than once.',
      'By gender, M brings the most revenue: 57% from 33% of customers.',
    ]);
  });

  it('only sentences whose data exists; big numbers for reading', () => {
    const rows: (string | number)[][] = [['customer', 'order', 'date', 'amount']];
    const spend = [6_000_000, 1_000_000, 500_000, 300_000, 200_000];
    spend.forEach((a, i) => rows.push([`k${i}`, `o${i}`, '2022-05-01', a]));
    const ctx = contextOf(rows, { segments: { rfm: { ...allIn('Champions', ['k0']), ...allIn('Lost', ['k1', 'k2', 'k3', 'k4']) } } });
    expect(storyOf(ctx)).toEqual([
      '5 customers placed 5 orders worth 8.0M, 1.6M per order on average.',
      'Champions are 20% of customers and 75% of revenue.',
      // 80% of 8.0M needs k0 and k1
      'The top 20% of customers bring 75% of revenue; 40% of customers make 80% of it.',
      // no status column and no negative rows: nothing came back
      'No order was returned.',
      '0% of customers ordered more than once.',
    ]);
  });

  it('numbers and percentages for reading', () => {
    expect([48_012_345, 415_640, 12_345, 1346.6, 69, 2.5e9, -33_200_000].map(readableNumber)).toEqual(['48.0M', '415.6K', '12.3K', '1,346.6', '69', '2.5B', '-33.2M']);
    expect([0.125, 0.004, 0, 1, 0.995].map(readablePercent)).toEqual(['13%', '0.4%', '0%', '100%', '100%']);
    expect(readableCount(13000)).toBe('13,000');
  });
});
