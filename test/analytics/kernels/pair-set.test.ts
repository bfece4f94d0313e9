import fc from 'fast-check';
import { PairSet } from '../../../src/analytics/analyses/pair-set';

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
