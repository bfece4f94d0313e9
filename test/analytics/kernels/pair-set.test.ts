import fc from 'fast-check';
import { PairSet } from '../../../src/analytics/analyses/pair-set';
import { groupTotals, groupTotalsOf, groupsOfCodes } from '../../../src/analytics/analyses/group-by';

describe('PairSet', () => {
  it('says "new" exactly when a Set of the pairs would, through its growth', () => {
    const pairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 2 ** 31 - 2 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })), { maxLength: 300 });
    fc.assert(
      fc.property(pairs, fc.integer({ min: 0, max: 40 }), (ps, small) => {
        const set = new PairSet(1);
        const reference = new Set<string>();
        for (const [a, b] of [...ps, ...ps.slice(0, small), ...ps.map(([a]) => [a % 7, a % 5] as [number, number])]) {
          expect(set.add(a, b)).toBe(!reference.has(`${a},${b}`));
          reference.add(`${a},${b}`);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('groupTotalsOf', () => {
  it('equals groupTotals with callbacks', () => {
    const row = fc.record({ code: fc.integer({ min: -1, max: 4 }), order: fc.integer({ min: 0, max: 30 }), customer: fc.integer({ min: 0, max: 10 }), cents: fc.integer({ min: -500, max: 5000 }), counted: fc.boolean(), returned: fc.boolean() });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 200 }), (rs) => {
        const labels = ['a', 'b', 'c', 'd', 'e', '(blank)'];
        const codes = Int32Array.from(rs, (r) => r.code);
        const revenue = Float64Array.from(rs, (r) => r.cents / 100);
        const order = Int32Array.from(rs, (r) => r.order);
        const customer = Int32Array.from(rs, (r) => r.customer);
        const counted = Uint8Array.from(rs, (r) => (r.counted ? 1 : 0));
        const isReturn = Uint8Array.from(rs, (r) => (r.returned ? 1 : 0));
        const expected = groupTotals(rs.length, labels, (i) => (codes[i] < 0 ? 5 : codes[i]), revenue, order, customer, (i) => counted[i] === 1, (i) => !isReturn[i]);
        expect(groupTotalsOf(labels, groupsOfCodes(codes, 5), revenue, order, customer, counted, isReturn)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('duplicate rows (data quality)', () => {
  it('counts rows equal to an earlier one in customer, day, amount, order and product, as string keys would', () => {
    const { analyzeTable } = jest.requireActual('../../../src/analytics') as typeof import('../../../src/analytics');
    const row = fc.tuple(fc.constantFrom('c1', 'c2', 'c3'), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 45000, max: 45002 }), fc.constantFrom(5, 5.5, 0, -0, 12), fc.constantFrom('p1', 'p2', ''));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 80 }), (rs) => {
        const cells = [['customer', 'order', 'date', 'amount', 'product'], ...rs.map((r) => [...r])];
        const report = analyzeTable(cells, {}, {});
        const seen = new Set<string>();
        let expected = 0;
        for (const [c, o, d, a, p] of rs) {
          const key = `${c}|${d}|${a}|${o}|${p}`;
          if (seen.has(key)) expected++;
          seen.add(key);
        }
        expect(report.sections!.dataQuality.duplicateRows).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });
});
