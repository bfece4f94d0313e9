import fc from 'fast-check';
import { percentRank, stableOrder } from '../../../src/analytics';
import { oppositeOrder } from '../../../src/analytics/stable-order';

// The comparator sorts the typed kernels replaced, written out here as the reference.
const comparatorOrder = (values: number[], descending: boolean) =>
  Array.from({ length: values.length }, (_, i) => i).sort((a, b) => (descending ? values[b] - values[a] : values[a] - values[b]));

function comparatorPercentRank(values: number[]): number[] {
  const n = values.length;
  const out = new Array<number>(n).fill(0);
  if (n <= 1) return out;
  const order = comparatorOrder(values, false);
  let rankStart = 0;
  for (let pos = 0; pos < n; pos++) {
    if (pos > 0 && values[order[pos]] !== values[order[pos - 1]]) rankStart = pos;
    out[order[pos]] = (rankStart / (n - 1)) * 100;
  }
  return out;
}

// Small integers (counting sort), wide integers and fractions (sorted copy), with many ties, ±0 and infinities.
const values = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 300 }),
  fc.array(fc.integer({ min: -3_000_000, max: 3_000_000 }), { maxLength: 300 }),
  fc.array(fc.constantFrom(0, -0, 1.5, 2.25, -7.1, 1e-7, 1e300, Infinity, -Infinity, 3), { maxLength: 300 }),
  fc.array(fc.double({ noNaN: true }), { maxLength: 300 }),
  fc.array(fc.oneof(fc.double(), fc.constant(NaN)), { maxLength: 50 }),
);

describe('oppositeOrder', () => {
  it('turns a stable order into the stable comparator order the other way round, ties in index order', () => {
    fc.assert(
      fc.property(values.map((xs) => xs.filter((x) => !Number.isNaN(x))), fc.boolean(), (xs, descending) => {
        const from = stableOrder(xs, descending ? 'ascending' : 'descending');
        expect(Array.from(oppositeOrder(from, xs))).toEqual(comparatorOrder(xs, descending));
      }),
      { numRuns: 500 },
    );
  });

  it('reverses runs, not single values: 5, 1, 5, 1 descending from ascending', () => {
    expect(Array.from(oppositeOrder(Int32Array.from([1, 3, 0, 2]), [5, 1, 5, 1]))).toEqual([0, 2, 1, 3]);
  });
});

describe('stableOrder', () => {
  it('equals a stable comparator sort, both directions', () => {
    fc.assert(
      fc.property(values, fc.boolean(), (xs, descending) => {
        expect(Array.from(stableOrder(xs, descending ? 'descending' : 'ascending'))).toEqual(comparatorOrder(xs, descending));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps index order among ties', () => {
    expect(Array.from(stableOrder([2, 1, 2, 1, 0]))).toEqual([4, 1, 3, 0, 2]);
    expect(Array.from(stableOrder([2, 1, 2, 1, 0], 'descending'))).toEqual([0, 2, 1, 3, 4]);
    expect(Array.from(stableOrder([0.5, -0, 0, 0.5]))).toEqual([1, 2, 0, 3]);
  });
});

describe('percentRank', () => {
  it('equals the comparator version', () => {
    fc.assert(
      fc.property(values, (xs) => {
        expect(Array.from(percentRank(Float64Array.from(xs)))).toEqual(comparatorPercentRank(xs));
      }),
      { numRuns: 500 },
    );
  });

  it('equals it read from the values\' order largest first', () => {
    fc.assert(
      fc.property(values, (xs) => {
        const v = Float64Array.from(xs);
        fc.pre(!v.some(Number.isNaN));
        expect(Array.from(percentRank(v, stableOrder(v, 'descending')))).toEqual(comparatorPercentRank(xs));
      }),
      { numRuns: 500 },
    );
  });
});
