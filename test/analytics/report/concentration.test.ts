import { gini, revenueConcentration } from '../../../src/analytics/report';
import { contextOf, shop } from './fixture';

const customers = (amounts: number[]) =>
  contextOf([['customer', 'date', 'amount'], ...amounts.map((a, i) => [`c${String(i).padStart(3, '0')}`, '2024-01-01', a])]);

describe('revenue concentration', () => {
  it('the shop: 3 customers, so each top x% is ⌈x% × 3⌉ = 1 customer', () => {
    const c = revenueConcentration(shop());
    expect(c.topShares).toEqual([
      { percent: 1, customers: 1, revenueShare: 195 / 345 }, { percent: 5, customers: 1, revenueShare: 195 / 345 },
      { percent: 10, customers: 1, revenueShare: 195 / 345 }, { percent: 20, customers: 1, revenueShare: 195 / 345 },
    ]);
    // 195 < 80% of 345 = 276 ≤ 195 + 120
    expect([c.customersFor80, c.customersFor80Share]).toEqual([2, 2 / 3]);
    // (−2·30 + 0·120 + 2·195) / (3 · 345)
    expect(c.gini).toBeCloseTo(330 / 1035, 15);
    expect(c.pareto).toEqual([
      { customerShare: 0, revenueShare: 0 }, { customerShare: 1 / 3, revenueShare: 195 / 345 },
      { customerShare: 2 / 3, revenueShare: 315 / 345 }, { customerShare: 1, revenueShare: 1 },
    ]);
  });

  it('30 customers: the top 10% is exactly 3 (no float creep), the top 20% 6', () => {
    const c = revenueConcentration(customers(Array.from({ length: 30 }, (_, i) => i + 1)));
    expect(c.topShares.map((t) => t.customers)).toEqual([1, 2, 3, 6]);
    // top 3: 30 + 29 + 28 of 465
    expect(c.topShares[2].revenueShare).toBeCloseTo(87 / 465, 15);
  });

  it('all ties: the top customers are the first ids; Gini 0; 80% needs 4 of 5', () => {
    const c = revenueConcentration(customers([10, 10, 10, 10, 10]));
    expect(c.topShares.map((t) => [t.customers, t.revenueShare])).toEqual([[1, 0.2], [1, 0.2], [1, 0.2], [1, 0.2]]);
    expect([c.customersFor80, c.customersFor80Share, c.gini]).toEqual([4, 0.8, 0]);
  });

  it('exactly 80% is enough: 80 + 20', () => {
    expect(revenueConcentration(customers([20, 80])).customersFor80).toBe(1);
    // 0.02 + 0.02 is 80% of 0.05, though 0.8 × 0.05 is 0.04000000000000001 in floating point
    expect(revenueConcentration(customers([0.02, 0.01, 0.02])).customersFor80).toBe(2);
  });

  it('one customer: everything, Gini 0', () => {
    const c = revenueConcentration(customers([42]));
    expect(c).toEqual({
      topShares: [1, 5, 10, 20].map((percent) => ({ percent, customers: 1, revenueShare: 1 })),
      customersFor80: 1, customersFor80Share: 1, gini: 0,
      pareto: [{ customerShare: 0, revenueShare: 0 }, { customerShare: 1, revenueShare: 1 }],
    });
  });

  it('Gini clamps negative revenue at 0; nothing positive gives null', () => {
    expect(gini(Float64Array.from([-50, 0, 100]))).toBeCloseTo((-2 * 0 + 0 * 0 + 2 * 100) / (3 * 100), 15);
    expect(gini(Float64Array.from([-5, 0]))).toBeNull();
    expect(gini(new Float64Array(0))).toBeNull();
  });

  it('zero total: shares and 80% are null', () => {
    const c = revenueConcentration(customers([0, 0]));
    expect([c.topShares[0].revenueShare, c.customersFor80, c.gini, c.pareto]).toEqual([null, null, null, []]);
  });

  it('the Pareto curve has at most 200 points, evenly spaced by rank, from (0, 0) to (1, 1)', () => {
    const c = revenueConcentration(customers(Array.from({ length: 1000 }, (_, i) => (i % 7) + 1)));
    expect(c.pareto).toHaveLength(200);
    expect(c.pareto[0]).toEqual({ customerShare: 0, revenueShare: 0 });
    expect(c.pareto[199]).toEqual({ customerShare: 1, revenueShare: 1 });
    expect(c.pareto[1].customerShare).toBe(5 / 1000); // round(1000 / 199)
    for (let j = 1; j < 200; j++) expect(c.pareto[j].revenueShare).toBeGreaterThanOrEqual(c.pareto[j - 1].revenueShare);
  });
});
