import { scoreCustomers } from '../../../src/analytics';
import { rankQuantileBucket, rankQuantileBuckets } from '../../../src/analytics/scoring';
import { customerTable, scoreStrings, scoresOf } from './customers';

const rankQuantile = (specs: Parameters<typeof customerTable>[0], bins = 5) => {
  const t = customerTable(specs);
  scoreCustomers(t, 'rank-quantile', bins);
  return t;
};

describe('rank-quantile (pandas qcut of rank(method="first"))', () => {
  it('buckets rank r of n as max(1, ceil(k(r − 1)/(n − 1)))', () => {
    // qcut of ranks 1..4 into 5 bins: edges 1, 1.6, 2.2, 2.8, 3.4, 4
    expect([1, 2, 3, 4].map((r) => rankQuantileBucket(r, 4, 5))).toEqual([1, 2, 4, 5]);
    // qcut of ranks 1..6 into 4 bins: edges 1, 2.25, 3.5, 4.75, 6 (NTILE would give 1,1,2,2,3,4)
    expect([1, 2, 3, 4, 5, 6].map((r) => rankQuantileBucket(r, 6, 4))).toEqual([1, 1, 2, 3, 4, 4]);
    expect(rankQuantileBucket(1, 1, 5)).toBe(1);
  });

  it('rankQuantileBuckets writes each position of the order its bucket', () => {
    const out = new Uint8Array(3);
    rankQuantileBuckets([2, 0, 1], 2, out);
    // ranks: index 2 → 1, index 0 → 2, index 1 → 3 of 3 → buckets 1, 1, 2
    expect(Array.from(out)).toEqual([1, 2, 1]);
  });

  it('F and M are the bucket; R is k + 1 − bucket of recency days ascending', () => {
    const t = rankQuantile([
      { id: 'a', recencyDays: 40, frequency: 1, monetary: 10 },
      { id: 'b', recencyDays: 5, frequency: 6, monetary: 30 },
      { id: 'c', recencyDays: 12, frequency: 2, monetary: 20 },
      { id: 'd', recencyDays: 1, frequency: 3, monetary: 80 },
    ]);
    // n = 4, k = 5: ranks 1..4 → buckets 1, 2, 4, 5.
    // recency ascending d(1) b(5) c(12) a(40) → R 5, 4, 2, 1; frequency a c d b; monetary a c b d
    expect(scoreStrings(t)).toEqual(['a:111', 'b:454', 'c:222', 'd:545']);
  });

  it('ties take ranks in id order, so for R the lower id of a tie scores higher (the opposite of ntile)', () => {
    const t = rankQuantile([{ id: 'a', recencyDays: 5 }, { id: 'b', recencyDays: 5 }, { id: 'c', recencyDays: 9 }], 3);
    // ranks a 1, b 2, c 3 → buckets 1, 2, 3 → R 3, 2, 1
    expect(scoresOf(t, 'r')).toEqual({ a: 3, b: 2, c: 1 });
  });

  it('all ties: buckets by id; one customer: bucket 1, so R = k', () => {
    expect(scoreStrings(rankQuantile(['e', 'd', 'c', 'b', 'a'].map((id) => ({ id, frequency: 2, monetary: 7, recencyDays: 3 })))))
      .toEqual(['a:511', 'b:422', 'c:333', 'd:244', 'e:155']);
    expect(scoreStrings(rankQuantile([{ id: 7, frequency: 3, monetary: 50, recencyDays: 8 }]))).toEqual(['7:511']);
  });

  it('fewer customers than bins skips buckets; k = 2 and k = 10', () => {
    // n = 3, k = 5: ceil(5·0/2) → 1, ceil(5/2) = 3, ceil(5) = 5
    expect(Array.from(rankQuantile([1, 2, 3].map((id) => ({ id, frequency: id }))).f)).toEqual([1, 3, 5]);
    // n = 5, k = 2: ceil(2(r − 1)/4) → 1, 1, 1, 2, 2
    expect(Array.from(rankQuantile([1, 2, 3, 4, 5].map((id) => ({ id, monetary: id * 10 })), 2).m)).toEqual([1, 1, 1, 2, 2]);
    // n = 12, k = 10: ceil(10(r − 1)/11) = ceil(0, 0.9, 1.8, 2.7, 3.6, 4.5, 5.5, 6.4, 7.3, 8.2, 9.1, 10)
    expect(Array.from(rankQuantile(Array.from({ length: 12 }, (_, i) => ({ id: i, frequency: i })), 10).f))
      .toEqual([1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10]);
  });
});
