import { scoreCustomers } from '../../../src/analytics';
import { ntileScores } from '../../../src/analytics/scoring';
import { customerTable, scoreStrings, scoresOf } from './customers';

const ntile = (specs: Parameters<typeof customerTable>[0], bins = 5) => {
  const t = customerTable(specs);
  scoreCustomers(t, 'ntile', bins);
  return t;
};

describe('ntile (SQL NTILE over customers worst first)', () => {
  it('gives the first n mod k buckets one extra member', () => {
    // frequency ascending: 1 (d), 2 (f), 3 (b) | 5 (a), 7 (e) | 8 (g), 9 (c): sizes 3, 2, 2
    const t = ntile(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id, i) => ({ id, frequency: [5, 3, 9, 1, 7, 2, 8][i] })), 3);
    expect(scoresOf(t, 'f')).toEqual({ a: 2, b: 1, c: 3, d: 1, e: 2, f: 1, g: 3 });
  });

  it('ranks R over recency days descending: most days = R1; tied days go by id, the lower id scoring lower', () => {
    const t = ntile([{ id: 'a', recencyDays: 10 }, { id: 'b', recencyDays: 10 }, { id: 'c', recencyDays: 3 }, { id: 'd', recencyDays: 3 }], 4);
    expect(scoresOf(t, 'r')).toEqual({ a: 1, b: 2, c: 3, d: 4 });
  });

  it('all ties: scores follow customer id alone, numbers before text', () => {
    const t = ntile([{ id: 'b' }, { id: 10 }, { id: 'a' }, { id: 9 }, { id: 2 }]);
    expect(scoreStrings(t)).toEqual(['2:111', '9:222', '10:333', 'a:444', 'b:555']);
  });

  it('fewer customers than bins leaves the top buckets empty; one customer scores 1', () => {
    expect(scoreStrings(ntile([{ id: 1, frequency: 4, monetary: 9, recencyDays: 1 }, { id: 2, frequency: 1, monetary: 20, recencyDays: 30 }, { id: 3, frequency: 2, monetary: 5, recencyDays: 2 }])))
      .toEqual(['1:332', '2:113', '3:221']);
    expect(scoreStrings(ntile([{ id: 'solo', frequency: 3, monetary: 50 }]))).toEqual(['solo:111']);
  });

  it('k = 2 splits 5 customers 3 | 2; k = 10 splits 23 customers 3,3,3,2,2,2,2,2,2,2', () => {
    const five = ntile([1, 2, 3, 4, 5].map((id) => ({ id, monetary: 100 - id })), 2);
    expect(scoresOf(five, 'm')).toEqual({ 1: 2, 2: 2, 3: 1, 4: 1, 5: 1 });
    const many = ntile(Array.from({ length: 23 }, (_, i) => ({ id: i + 1, frequency: i + 1 })), 10);
    expect(Array.from(many.f)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10]);
  });

  it('ranks monetary rounded to 6 decimals: 15.36 + 16.99 ties with 32.35', () => {
    // 15.36 + 16.99 is 32.349999999999994 in floating point; unrounded, customer 2 would rank first.
    const t = ntile([{ id: 1, monetary: 32.35 }, { id: 2, monetary: 15.36 + 16.99 }], 2);
    expect(scoresOf(t, 'm')).toEqual({ 1: 1, 2: 2 });
  });

  it('ntileScores writes bucket numbers into the positions it is given', () => {
    const scores = new Uint8Array(7);
    ntileScores([6, 5, 4, 3, 2, 1, 0], 3, scores);
    expect(Array.from(scores)).toEqual([3, 3, 2, 2, 1, 1, 1]);
  });
});
