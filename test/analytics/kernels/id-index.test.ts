import fc from 'fast-check';
import { Id, IdIndex, columnDayMonthOrder, detectDayMonthOrder, encodeCategory } from '../../../src/analytics';

/** The Map-only IdIndex the dense window replaced. */
function mapKeys(ids: Id[]): { keys: number[]; ids: Id[] } {
  const index = new Map<Id, number>();
  const seen: Id[] = [];
  const keys = ids.map((id) => {
    if (!index.has(id)) (index.set(id, seen.length), seen.push(id));
    return index.get(id)!;
  });
  return { keys, ids: seen };
}

// Runs of repeated ids, dense and sparse integers, far outliers, fractions and text.
const ids = fc.array(
  fc.oneof(
    fc.integer({ min: 10_000, max: 10_200 }),
    fc.integer({ min: -5, max: 5 }),
    fc.constantFrom(0, -0, 1.5, 4_000_000, -3_000_000, 2 ** 40, 'A1', '17850', 'x'),
    fc.integer(),
  ),
  { maxLength: 400 },
).chain((xs) => fc.constant(xs.flatMap((x, i) => (i % 3 === 0 ? [x, x] : [x]))));

describe('IdIndex', () => {
  it('gives the keys and ids a Map would, in order of first appearance', () => {
    fc.assert(
      fc.property(ids, (xs) => {
        const index = new IdIndex();
        const keys = xs.map((x) => index.keyOf(x));
        const expected = mapKeys(xs);
        expect(keys).toEqual(expected.keys);
        expect(index.ids).toEqual(expected.ids);
        expect(index.size).toBe(expected.ids.length);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same keys without listing the ids', () => {
    fc.assert(
      fc.property(ids, (xs) => {
        const index = new IdIndex({ listIds: false });
        expect(xs.map((x) => index.keyOf(x))).toEqual(mapKeys(xs).keys);
        expect(() => index.ids).toThrow();
      }),
    );
  });

  it('gives a Map\'s keys to integers spread over pages, on both sides of the first', () => {
    const spread = fc.array(fc.integer({ min: -200_000, max: 400_000 }), { maxLength: 300 });
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), spread, (start, offsets) => {
        const xs = offsets.map((d) => start + d);
        const index = new IdIndex();
        expect(xs.map((x) => index.keyOf(x))).toEqual(mapKeys(xs).keys);
        expect(index.ids).toEqual(mapKeys(xs).ids);
      }),
    );
  });

  it('keeps ids dense over a wide range of integers', () => {
    const index = new IdIndex();
    for (let i = 0; i < 100_000; i++) expect(index.keyOf(((i * 7919) % 100_000) + 500_000)).toBe(i);
  });
});

describe('columnDayMonthOrder', () => {
  it('decides as detectDayMonthOrder does over the same cells', () => {
    const cell = fc.oneof(fc.constantFrom('03/04/2024', '13/04/2024', '04/13/2024', ' 1/2/2023 ', '2024-01-05', '', null, 45000), fc.string());
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), fc.integer({ min: 1, max: 5 }), (cells, limit) => {
        const ref = { rows: [['h'], ...cells.map((c) => [c])], col: 0, start: 1, end: cells.length + 1 };
        expect(columnDayMonthOrder(ref, limit)).toBe(detectDayMonthOrder(cells, limit));
      }),
    );
  });
});

describe('encodeCategory', () => {
  it('codes equal labels alike whether or not the raw string was seen before', () => {
    const cell = fc.oneof(fc.constantFrom('Returned', ' Returned', 'Delivered', '', '  ', '#N/A', null, 7, true), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 100 }), (cells) => {
        const { codes, labels } = encodeCategory('c', { rows: cells.map((c) => [c]), col: 0, start: 0, end: cells.length });
        const expected = cells.map((c) => {
          if (c === null || (typeof c === 'string' && (c.trim() === '' || c === '#N/A'))) return undefined;
          return typeof c === 'boolean' ? (c ? 'TRUE' : 'FALSE') : String(c).trim();
        });
        expect(Array.from(codes, (k) => (k < 0 ? undefined : labels[k]))).toEqual(expected);
        expect(labels).toEqual([...new Set(expected.filter((x) => x !== undefined))]);
      }),
    );
  });
});
