import fc from 'fast-check';
import { stableOrder } from '../../../src/analytics';
import { kthSmallest, smallestOf } from '../../../src/analytics/order-statistics';

describe('kthSmallest', () => {
  it('is the k-th value of the sorted values, ties and signed zeros included', () => {
    const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: true }), fc.constantFrom(-0, 0, Infinity, -Infinity));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 300 }), fc.nat(), (xs, seed) => {
        const k = seed % xs.length;
        const sorted = Float64Array.from(xs).sort();
        // -0 and 0 tie: compare as numbers.
        expect(kthSmallest(Float64Array.from(xs), k) === sorted[k]).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('settles inputs that defeat a median of three, and long runs of one value', () => {
    const n = 20_000;
    const organPipe = Float64Array.from({ length: n }, (_, i) => (i < n / 2 ? i : n - i));
    const sorted = organPipe.slice().sort();
    for (const k of [0, 1, n >> 2, n >> 1, n - 1]) expect(kthSmallest(organPipe.slice(), k)).toBe(sorted[k]);
    const flat = new Float64Array(n).fill(7);
    flat[123] = 1;
    expect(kthSmallest(flat, 0)).toBe(1);
    expect(kthSmallest(flat, n - 1)).toBe(7);
  });
});

describe('smallestOf', () => {
  it('gives the k-th smallest by counting, by selection and from the order largest first alike', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 40 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 200 }), fc.boolean(), (xs, whole) => {
        const values = Float64Array.from(xs, (x) => (whole ? Math.round(x) % 50 : x));
        const sorted = values.slice().sort();
        const counted = smallestOf(values);
        const ordered = smallestOf(values, () => stableOrder(values, 'descending'));
        for (let k = 0; k < values.length; k++) {
          expect(counted(k) === sorted[k]).toBe(true);
          expect(ordered(k) === sorted[k]).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
