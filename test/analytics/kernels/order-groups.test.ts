import fc from 'fast-check';
import { BUILT_IN_SCHEMES, fieldValue, ruleFields, segmentOf, segmentsOf } from '../../../src/analytics';
import { OrderGroups } from '../../../src/analytics/analyses/order-groups';
import { customerTable } from '../scoring/customers';

describe('OrderGroups', () => {
  it('says "new" exactly when a Set of (order, group, flag) keys would', () => {
    const rows = fc.array(fc.tuple(fc.integer({ min: -1, max: 20 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom(1, 2, 4)), { maxLength: 200 });
    fc.assert(
      fc.property(rows, fc.boolean(), (rs, small) => {
        const seen = new OrderGroups(21, small ? 4 : 0);
        const reference = new Set<string>();
        for (const [order, group, bit] of rs) {
          const key = `${order},${group},${bit}`;
          const fresh = order < 0 || !reference.has(key);
          reference.add(key);
          expect(seen.mark(order, group, bit)).toBe(fresh);
        }
      }),
      { numRuns: 300 },
    );
  });
});

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
