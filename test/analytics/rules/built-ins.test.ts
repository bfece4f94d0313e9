import { BUILT_IN_SCHEMES, PERSONAS_RULES, RFGRID_RULES, RFM_RULES, TIERS_RULES, scoreCustomers, segmentNames } from '../../../src/analytics';
import { segmentOf, segmentsOf } from '../../../src/analytics/rules';
import { customerTable } from '../scoring/customers';

const rfm = (r: number, f: number, m: number) => segmentOf(RFM_RULES, { r, f, m });

describe('built-in rule tables, as DESIGN.md lists them', () => {
  it('rfm: the first matching R/F/M range wins, else Others', () => {
    expect(rfm(5, 5, 5)).toBe('Champions');
    expect(rfm(4, 4, 4)).toBe('Champions');
    expect(rfm(3, 4, 3)).toBe('Loyal Customers'); // R 3 is below Champions
    expect(rfm(2, 3, 5)).toBe('Loyal Customers');
    expect(rfm(4, 2, 1)).toBe('Potential Loyalist');
    expect(rfm(5, 1, 1)).toBe('Potential Loyalist'); // New Customers' ranges lie inside Potential Loyalist's
    expect(rfm(2, 2, 3)).toBe('Need Attention');
    expect(rfm(2, 1, 2)).toBe('About To Sleep');
    expect(rfm(1, 3, 5)).toBe('At Risk');
    expect(rfm(1, 5, 5)).toBe('At Risk'); // Can't Lose Them's ranges lie inside At Risk's
    expect(rfm(1, 1, 1)).toBe('Lost');
    expect(rfm(1, 2, 1)).toBe('Lost'); // At Risk needs M ≥ 2
    expect(rfm(1, 1, 5)).toBe('Others');
    expect(rfm(5, 1, 5)).toBe('Others');
  });

  it('rfgrid: one segment for each R×F cell, M ignored', () => {
    const grid = [5, 4, 3, 2, 1].map((r) => [1, 2, 3, 4, 5].map((f) => segmentOf(RFGRID_RULES, { r, f })));
    expect(grid).toEqual([
      ['New Customers', 'Potential Loyalists', 'Potential Loyalists', 'Champions', 'Champions'],
      ['Promising', 'Potential Loyalists', 'Potential Loyalists', 'Loyal Customers', 'Loyal Customers'],
      ['About To Sleep', 'About To Sleep', 'Need Attention', 'Loyal Customers', 'Loyal Customers'],
      ['Hibernating', 'Hibernating', 'At Risk', 'At Risk', "Can't Lose Them"],
      ['Hibernating', 'Hibernating', 'At Risk', 'At Risk', "Can't Lose Them"],
    ]);
  });

  it('tiers: VIP needs F 5 and M ≥ 4, Loyal F ≥ 3, the rest are Periodic Buyers', () => {
    expect(segmentOf(TIERS_RULES, { r: 1, f: 5, m: 4 })).toBe('VIP');
    expect(segmentOf(TIERS_RULES, { r: 1, f: 5, m: 3 })).toBe('Loyal');
    expect(segmentOf(TIERS_RULES, { r: 5, f: 3, m: 1 })).toBe('Loyal');
    expect(segmentOf(TIERS_RULES, { r: 5, f: 2, m: 5 })).toBe('Periodic Buyers');
    expect(segmentNames(TIERS_RULES)).toEqual(['VIP', 'Loyal', 'Periodic Buyers']);
  });

  it('personas: inclusive percentile bounds, except the strict "revenue < P70" of Low-Premium', () => {
    const p = (monetaryPercentile: number, frequencyPercentile: number, recencyPercentile: number, aovPercentile: number) =>
      segmentOf(PERSONAS_RULES, { monetaryPercentile, frequencyPercentile, recencyPercentile, aovPercentile });
    expect(p(90, 0, 0, 0)).toBe('Premium Customer');
    expect(p(89.9, 0, 0, 0)).toBe('Standard Customer');
    expect(p(70, 70, 100, 100)).toBe('Loyal High-Value');
    expect(p(70, 69.9, 100, 100)).toBe('High Churn Risk');
    expect(p(0, 0, 80, 100)).toBe('High Churn Risk');
    expect(p(69.9, 0, 79.9, 70)).toBe('Low-Premium');
    expect(p(70, 0, 79.9, 70)).toBe('Standard Customer');
    expect(p(50, 50, 50, 69.9)).toBe('Standard Customer');
  });

  it('personas from a customer table: percentiles are PERCENT_RANK × 100', () => {
    // monetary 10..50 → P0, 25, 50, 75, 100; frequency 1,1,1,5,1 → d P100, the rest P0;
    // recency a 100, b 1, c 2, d 3, e 4 → a P100; AOV a 10, b 20, c 30, d 8, e 50 → c P75
    const t = customerTable(['a', 'b', 'c', 'd', 'e'].map((id, i) => ({
      id, monetary: 10 * (i + 1), frequency: [1, 1, 1, 5, 1][i], recencyDays: [100, 1, 2, 3, 4][i],
    })));
    expect(Array.from(t.percentile.aov)).toEqual([25, 50, 75, 0, 100]);
    expect(segmentsOf(PERSONAS_RULES, t)).toEqual(['High Churn Risk', 'Standard Customer', 'Low-Premium', 'Loyal High-Value', 'Premium Customer']);
  });

  it('every built-in table names each scored customer exactly once, from its own segment list', () => {
    const t = customerTable(Array.from({ length: 40 }, (_, i) => ({ id: i, recencyDays: (i * 7) % 31, frequency: 1 + (i % 6), monetary: (i * 37) % 101 })));
    scoreCustomers(t, 'ntile', 5);
    for (const table of Object.values(BUILT_IN_SCHEMES)) {
      const names = segmentsOf(table, t);
      expect(names).toHaveLength(40);
      for (const name of names) expect(segmentNames(table)).toContain(name);
    }
  });
});
