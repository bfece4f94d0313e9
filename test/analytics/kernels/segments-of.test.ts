import fc from 'fast-check';
import { BUILT_IN_SCHEMES, fieldValue, ruleFields, segmentOf, segmentsOf } from '../../../src/analytics';
import { customerTable } from '../scoring/customers';

describe('segmentsOf', () => {
  it('gives every customer the first matching rule, scores looked up or not', () => {
    const customers = fc.array(
      fc.record({ r: fc.integer({ min: 1, max: 5 }), f: fc.integer({ min: 1, max: 5 }), m: fc.integer({ min: 1, max: 5 }), monetary: fc.integer({ min: 0, max: 500 }) }),
      { minLength: 1, maxLength: 60 },
    );
    fc.assert(
      fc.property(customers, (cs) => {
        const table = customerTable(cs.map((c, i) => ({ id: i, monetary: c.monetary, frequency: c.f })));
        cs.forEach((c, i) => ((table.r[i] = c.r), (table.f[i] = c.f), (table.m[i] = c.m)));
        for (const rules of Object.values(BUILT_IN_SCHEMES)) {
          const fields = [...new Set(rules.rules.flatMap(ruleFields))];
          const expected = cs.map((_, i) => segmentOf(rules, Object.fromEntries(fields.map((f) => [f, fieldValue(table, f, i)]))));
          expect(segmentsOf(rules, table)).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});
