import { ntileScores } from '../../src/analytics';

describe('ntileScores (SQL NTILE)', () => {
  it('gives the first n mod k buckets one extra member', () => {
    const scores = new Uint8Array(7);
    ntileScores([6, 5, 4, 3, 2, 1, 0], 3, scores);
    // 7 into 3 buckets: sizes 3, 2, 2 over customers 6,5,4 | 3,2 | 1,0
    expect(Array.from(scores)).toEqual([3, 3, 2, 2, 1, 1, 1]);
  });

  it('leaves the last buckets empty when there are fewer customers than bins', () => {
    const scores = new Uint8Array(2);
    ntileScores([1, 0], 5, scores);
    expect(Array.from(scores)).toEqual([2, 1]);
  });
});
