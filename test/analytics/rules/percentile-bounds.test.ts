import fc from 'fast-check';
import { Bound, RuleTable, fieldValue, percentRank, segmentOf, segmentsOf } from '../../../src/analytics';
import { valueLimits } from '../../../src/analytics/rules/percentile-bounds';
import { customerTable } from '../scoring/customers';

const PERCENTILE_FIELDS = ['recencyPercentile', 'frequencyPercentile', 'monetaryPercentile', 'aovPercentile'] as const;

/** Limits that land on the percentiles the values take (k / (n − 1) × 100) as well as between them. */
const limitArb = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: -10, max: 110, noNaN: true }), fc.constantFrom(0, 25, 50, 100 / 3, 200 / 3, 100));
const boundArb: fc.Arbitrary<Bound> = fc.record({ min: limitArb, max: limitArb, above: limitArb, below: limitArb }, { requiredKeys: [] });

describe('percentile bounds as limits on the values', () => {
  it('allow exactly the values whose PERCENT_RANK passes the bound', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 40 }), boundArb, (xs, bound) => {
        const values = Float64Array.from(xs);
        const percent = percentRank(values);
        const sorted = values.slice().sort();
        const { above, max, never } = valueLimits(bound, values.length, (k) => sorted[k]);
        values.forEach((v, i) => {
          const p = percent[i];
          const expected = (bound.min === undefined || p >= bound.min) && (bound.max === undefined || p <= bound.max)
            && (bound.above === undefined || p > bound.above) && (bound.below === undefined || p < bound.below);
          const got = !never && (above !== above || v > above) && (max !== max || v <= max);
          expect(got).toBe(expected);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('segment customers as matching each one on its percentiles does', () => {
    const customer = fc.record({
      recencyDays: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constant(NaN)),
      frequency: fc.integer({ min: 1, max: 6 }),
      monetary: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 1000, noNaN: true })),
    });
    const rule = fc.record({
      segment: fc.constantFrom('A', 'B', 'C'),
      bounds: fc.dictionary(fc.constantFrom(...PERCENTILE_FIELDS, 'monetary' as const), boundArb, { maxKeys: 2 }),
    });
    fc.assert(
      fc.property(fc.array(customer, { minLength: 1, maxLength: 50 }), fc.array(rule, { minLength: 1, maxLength: 4 }), fc.boolean(), (cs, rules, withNaN) => {
        const table = customerTable(cs.map((c, i) => ({ id: i, ...c, recencyDays: withNaN ? c.recencyDays : c.recencyDays || 0 })));
        const rulesTable: RuleTable = { scheme: 'random', rules, fallback: 'Other' };
        const expected = table.ids.map((_, i) => segmentOf(rulesTable, Object.fromEntries(
          [...new Set(rules.flatMap((r) => Object.keys(r.bounds)))].map((f) => [f, fieldValue(table, f as never, i)]),
        )));
        expect(segmentsOf(rulesTable, table)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
