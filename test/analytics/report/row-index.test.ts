import fc from 'fast-check';
import { distinctPerGroup, indexRows } from '../../../src/analytics/report/row-index';
import { orderKeys } from '../../../src/analytics/report/rows';
import { contextOf } from './fixture';

describe('row index', () => {
  it('buckets rows by key in row order, leaving out -1', () => {
    const index = indexRows(Int32Array.from([2, -1, 0, 2, 0]), 3);
    expect(Array.from(index.offsets)).toEqual([0, 2, 2, 4]);
    expect(Array.from(index.rows)).toEqual([2, 4, 0, 3]);
  });

  it('counts distinct keys per group, and only included rows', () => {
    // rows:   0  1  2  3  4  5
    const keys = Int32Array.from([0, 0, 1, 1, 2, 2]);
    const group = Int32Array.from([0, 0, 0, 1, -1, 1]);
    const index = indexRows(keys, 3);
    expect(Array.from(distinctPerGroup(index, group, 2))).toEqual([2, 2]);
    expect(Array.from(distinctPerGroup(index, group, 2, Uint8Array.from([1, 1, 0, 1, 1, 0])))).toEqual([1, 1]);
  });

  it('agrees with a set of pairs on random data', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -1, max: 6 }), fc.integer({ min: -1, max: 3 }))), (pairs) => {
        const keys = Int32Array.from(pairs, ([k]) => k);
        const group = Int32Array.from(pairs, ([, g]) => g);
        const expected = [0, 1, 2, 3].map((g) => new Set(pairs.filter(([k, gg]) => k >= 0 && gg === g).map(([k]) => k)).size);
        expect(Array.from(distinctPerGroup(indexRows(keys, 7), group, 4))).toEqual(expected);
      }),
    );
  });

  it('order keys: one per (order id, customer); a row without an order id is an order of its own', () => {
    const ctx = contextOf([
      ['customer', 'order', 'date', 'amount'],
      ['a', 'X', '2024-01-01', 1],
      ['a', 'X', '2024-01-01', 2],
      ['b', 'X', '2024-01-02', 3], // the same order id on another customer: another order, as frequency counts it
      ['a', '', '2024-01-03', 4],
      ['', 'Y', '2024-01-03', 5], // no customer: skipped
      ['a', '', '2024-01-04', 6],
      ['b', 'X', '2024-01-05', 7],
    ]);
    const { keys, count } = orderKeys(ctx.tx);
    expect(Array.from(keys)).toEqual([0, 0, 1, 2, -1, 3, 1]);
    expect(count).toBe(4);
  });
});
