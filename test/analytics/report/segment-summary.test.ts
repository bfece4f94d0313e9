import { segmentOrder, segmentSummaries, segmentSummary } from '../../../src/analytics/report';
import { allIn, contextOf, shop } from './fixture';

describe('segment summary', () => {
  it('every segment of the rule table in its order, the fallback last, empty ones included', () => {
    const rows = segmentSummary(shop(), 'rfm');
    expect(rows.map((r) => r.segment)).toEqual([
      'Champions', 'Loyal Customers', 'Potential Loyalist', 'New Customers', 'Promising', 'Need Attention', 'About To Sleep', 'At Risk',
      "Can't Lose Them", 'Lost', 'Others',
    ]);
    expect(rows[0]).toEqual({
      segment: 'Champions', customers: 0, customerShare: 0, revenue: 0, revenueShare: 0, orders: 0, aov: null,
      avgRecencyDays: null, avgFrequency: null, avgMonetary: null, avgR: null, avgF: null, avgM: null,
    });
    expect(rows.filter((r) => r.customers > 0)).toEqual([
      {
        segment: 'Potential Loyalist', customers: 1, customerShare: 1 / 3, revenue: 195, revenueShare: 195 / 345, orders: 2, aov: 97.5,
        avgRecencyDays: 2, avgFrequency: 2, avgMonetary: 195, avgR: 3, avgF: 2, avgM: 3,
      },
      {
        segment: 'Lost', customers: 1, customerShare: 1 / 3, revenue: 120, revenueShare: 120 / 345, orders: 1, aov: 120,
        avgRecencyDays: 437, avgFrequency: 1, avgMonetary: 120, avgR: 1, avgF: 1, avgM: 2,
      },
      {
        segment: 'Others', customers: 1, customerShare: 1 / 3, revenue: 30, revenueShare: 30 / 345, orders: 2, aov: 15,
        avgRecencyDays: 276, avgFrequency: 2, avgMonetary: 30, avgR: 2, avgF: 3, avgM: 1,
      },
    ]);
  });

  it('averages over several customers of a segment', () => {
    const ctx = shop({ segments: { tiers: { c1: 'Loyal', c2: 'Periodic Buyers', c3: 'Loyal' } } });
    const loyal = segmentSummary(ctx, 'tiers').find((r) => r.segment === 'Loyal')!;
    expect(loyal).toEqual({
      segment: 'Loyal', customers: 2, customerShare: 2 / 3, revenue: 150, revenueShare: 150 / 345, orders: 3, aov: 50,
      avgRecencyDays: (437 + 276) / 2, avgFrequency: 1.5, avgMonetary: 75, avgR: 1.5, avgF: 2, avgM: 1.5,
    });
    expect(segmentSummary(ctx, 'tiers').map((r) => r.segment)).toEqual(['VIP', 'Loyal', 'Periodic Buyers']);
  });

  it('a user rule table orders its own segments; a name outside the table is appended, never dropped', () => {
    const ctx = shop({
      segments: { mine: { c1: 'B', c2: 'Z', c3: 'A' } },
      options: { ruleTables: { mine: { rules: [{ segment: 'A' }, { segment: 'B' }], fallback: 'Rest' } } },
    });
    expect(segmentOrder(ctx, 'mine')).toEqual(['A', 'B', 'Rest', 'Z']);
    expect(segmentSummary(ctx, 'mine').map((r) => [r.segment, r.customers])).toEqual([['A', 1], ['B', 1], ['Rest', 0], ['Z', 1]]);
  });

  it('one summary per scheme in the options', () => {
    const ctx = contextOf([['customer', 'date', 'amount'], ['x', '2024-01-01', 10]], { segments: { rfm: allIn('Lost', ['x']), tiers: allIn('Loyal', ['x']) } });
    const all = segmentSummaries(ctx);
    expect(Object.keys(all)).toEqual(['rfm', 'tiers']);
    expect(all.tiers.find((r) => r.segment === 'Loyal')).toMatchObject({ customers: 1, customerShare: 1, revenue: 10, revenueShare: 1 });
  });
});
