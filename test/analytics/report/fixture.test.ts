import { shop } from './fixture';

// The hand-worked numbers of every report test start from these customers.
describe('the hand-worked shop', () => {
  const ctx = shop();
  const t = ctx.customers;

  it('scores c1, c2 and c3 as worked by hand; c4 (returns only) is not scored', () => {
    expect(ctx.tx.isReturn).toEqual(Uint8Array.from([0, 0, 1, 0, 0, 0, 1, 0, 1]));
    expect(t.ids).toEqual(['c1', 'c2', 'c3']);
    expect(Array.from(t.recencyDays)).toEqual([437, 2, 276]);
    expect(Array.from(t.frequency)).toEqual([1, 2, 2]);
    expect(Array.from(t.monetary)).toEqual([120, 195, 30]);
    expect([Array.from(t.r), Array.from(t.f), Array.from(t.m)]).toEqual([[1, 3, 2], [1, 2, 3], [2, 3, 1]]);
    expect(t.segments.rfm).toEqual(['Lost', 'Potential Loyalist', 'Others']);
    expect(t.attributes).toEqual({ gender: ['F', 'M', null], age: [30, 52, null] });
  });
});
