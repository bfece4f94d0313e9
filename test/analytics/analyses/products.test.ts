import fc from 'fast-check';
import { topIndices } from '../../../src/analytics/analyses/products';

describe('topIndices', () => {
  it('keeps what sorting every candidate by revenue (ties by name) and keeping n keeps, in order', () => {
    const groups = fc.uniqueArray(fc.string({ maxLength: 3 }), { minLength: 1, maxLength: 40 }).chain((names) =>
      fc.tuple(fc.constant(names), fc.array(fc.constantFrom(0, -0, 5, 5, 12.5, -3, 100), { minLength: names.length, maxLength: names.length }), fc.integer({ min: 1, max: 12 })),
    );
    fc.assert(
      fc.property(groups, ([names, amounts, n]) => {
        const revenue = Float64Array.from(amounts);
        const candidates = names.map((_, k) => k).filter((k) => k % 3 !== 1);
        const sorted = [...candidates].sort((a, b) => revenue[b] - revenue[a] || (names[a] < names[b] ? -1 : 1)).slice(0, n);
        expect(topIndices(candidates, revenue, names, n)).toEqual(sorted);
      }),
      { numRuns: 500 },
    );
  });
});
