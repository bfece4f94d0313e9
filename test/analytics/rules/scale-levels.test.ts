import fc from 'fast-check';
import { BUILT_IN_SCHEMES, RFGRID_RULES, RFM_RULES, TIERS_RULES, analyzeColumns, resolveOptions } from '../../../src/analytics';
import { RuleTable, fiveLevelScore, scaleToLevels, segmentOf } from '../../../src/analytics/rules';

const scoreTables = Object.entries(BUILT_IN_SCHEMES).filter(([scheme]) => scheme !== 'personas');

describe('fiveLevelScore: the 1–5 level a score of k levels stands for', () => {
  it('reads each level by where its middle falls in the range', () => {
    const levels = (k: number) => Array.from({ length: k }, (_, i) => fiveLevelScore(i + 1, k));
    expect(levels(5)).toEqual([1, 2, 3, 4, 5]);
    expect(levels(2)).toEqual([2, 4]);
    expect(levels(3)).toEqual([1, 3, 5]);
    expect(levels(4)).toEqual([1, 2, 4, 5]);
    expect(levels(6)).toEqual([1, 2, 3, 3, 4, 5]);
    expect(levels(7)).toEqual([1, 2, 2, 3, 4, 4, 5]);
    expect(levels(10)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('is symmetric: the best and worst levels mirror each other for every k', () => {
    for (let k = 2; k <= 10; k++) {
      for (let s = 1; s <= k; s++) expect(fiveLevelScore(s, k) + fiveLevelScore(k + 1 - s, k)).toBe(6);
    }
  });
});

describe('scaleToLevels: a built-in table restated for k score levels', () => {
  it('leaves the table as it is at 5 levels', () => {
    expect(scaleToLevels(RFM_RULES, 5)).toBe(RFM_RULES);
  });

  it('gives every combination of k-level scores the segment its 1–5 reading gets from the original', () => {
    for (const [, table] of scoreTables) {
      for (let k = 2; k <= 10; k++) {
        const scaled = scaleToLevels(table, k);
        for (let r = 1; r <= k; r++) {
          for (let f = 1; f <= k; f++) {
            for (let m = 1; m <= k; m++) {
              const five = { r: fiveLevelScore(r, k), f: fiveLevelScore(f, k), m: fiveLevelScore(m, k) };
              expect(segmentOf(scaled, { r, f, m })).toBe(segmentOf(table, five));
            }
          }
        }
      }
    }
  });

  it('at 3 levels, top scores make Champions and bottom ones Lost (hand-read from DESIGN.md)', () => {
    const rfm3 = scaleToLevels(RFM_RULES, 3);
    expect(segmentOf(rfm3, { r: 3, f: 3, m: 3 })).toBe('Champions');
    expect(segmentOf(rfm3, { r: 2, f: 3, m: 2 })).toBe('Loyal Customers'); // reads 3/5/3
    expect(segmentOf(rfm3, { r: 1, f: 3, m: 3 })).toBe('At Risk'); // reads 1/5/5: At Risk comes before Can't Lose Them
    expect(segmentOf(rfm3, { r: 1, f: 1, m: 1 })).toBe('Lost');
    expect(rfm3.rules[0]).toEqual({ segment: 'Champions', bounds: { r: { min: 3, max: 3 }, f: { min: 3, max: 3 }, m: { min: 3, max: 3 } } });
  });

  it('at 10 levels, scores 9–10 are the old 5 and 1–2 the old 1', () => {
    const tiers10 = scaleToLevels(TIERS_RULES, 10);
    expect(tiers10.rules.map((r) => r.bounds)).toEqual([{ f: { min: 9, max: 10 }, m: { min: 7, max: 10 } }, { f: { min: 5, max: 10 } }]);
    expect(segmentOf(scaleToLevels(RFM_RULES, 10), { r: 10, f: 10, m: 10 })).toBe('Champions');
  });

  it('leaves out a rule no score can satisfy: with 2 levels, read as 2 and 4, "R = 5" never holds', () => {
    const grid2 = scaleToLevels(RFGRID_RULES, 2);
    expect(grid2.rules.map((r) => r.segment)).toEqual(['Loyal Customers', 'Potential Loyalists', 'At Risk', 'Hibernating']);
    expect(grid2.fallback).toBe('Others');
  });

  it('keeps bounds on metrics and percentiles as they are', () => {
    const mixed: RuleTable = { scheme: 'mixed', fallback: 'Rest', rules: [{ segment: 'Big', bounds: { m: { min: 5, max: 5 }, monetaryPercentile: { above: 90 } } }] };
    expect(scaleToLevels(mixed, 3).rules).toEqual([{ segment: 'Big', bounds: { m: { min: 3, max: 3 }, monetaryPercentile: { above: 90 } } }]);
  });
});

describe('analysis options: the built-in tables follow the levels chosen, the user\'s own do not', () => {
  it('restates built-ins for bins ≠ 5 and takes a user table as given', () => {
    const mine: RuleTable = { scheme: 'mine', fallback: 'Rest', rules: [{ segment: 'Top', bounds: { m: { min: 5, max: 5 } } }] };
    const o = resolveOptions({ bins: 3, ruleTables: [mine] });
    expect(o.ruleTables.rfm).toEqual(scaleToLevels(RFM_RULES, 3));
    expect(o.ruleTables.mine).toBe(mine);
    expect(resolveOptions({ bins: 5 }).ruleTables.rfm).toBe(RFM_RULES);
  });

  it('segments customers scored in k levels as their 1–5 reading, end to end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10 }), fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 90 }), fc.integer({ min: 1, max: 500 })), { minLength: 1, maxLength: 40 }), (bins, rows) => {
        const customer = rows.map(([c]) => `C${c}`);
        const date = rows.map(([, d]) => 45000 + d);
        const amount = rows.map(([, , a]) => a);
        const col = (values: (string | number)[]) => ({ rows: values.map((v) => [v]), col: 0, start: 0, end: values.length });
        const report = analyzeColumns({ customer: col(customer), date: col(date), amount: col(amount) }, { bins, scheme: 'rfm' }, { sections: false });
        for (const c of report.customers) {
          const five = { r: fiveLevelScore(c.r, bins), f: fiveLevelScore(c.f, bins), m: fiveLevelScore(c.m, bins) };
          expect(c.segment).toBe(segmentOf(RFM_RULES, five));
        }
      }),
      { numRuns: 60 },
    );
  });
});
