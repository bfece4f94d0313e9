import { analyzeTable, levelOf, quantileType7, rankQuantileBuckets, rfmPackageBins } from '../../src/analytics';

describe('rank-quantile (pandas qcut of rank)', () => {
  it('puts ranks into ceil(k(r−1)/(n−1)) buckets', () => {
    const out = new Uint8Array(4);
    rankQuantileBuckets(Int32Array.from([0, 1, 2, 3]), 5, out);
    // qcut of ranks 1..4 into 5 bins: edges 1, 1.6, 2.2, 2.8, 3.4, 4
    expect(Array.from(out)).toEqual([1, 2, 4, 5]);
    const one = new Uint8Array(1);
    rankQuantileBuckets(Int32Array.from([0]), 5, one);
    expect(one[0]).toBe(1);
  });
});

describe('rfm-package (R rfm_table_order bins)', () => {
  it('interpolates quantiles like R type 7', () => {
    expect(quantileType7(Float64Array.from([1, 2, 3, 4, 5]), 0.2)).toBeCloseTo(1.8, 12);
    expect(quantileType7(Float64Array.from([10, 20]), 0.5)).toBe(15);
  });

  it('bins by lower ≤ value < upper with thresholds quantile + 1; ties share a bin and a bin may be empty', () => {
    const out = new Uint8Array(5);
    // thresholds 2.8, 3.6, 4.4, 5.2; upper bound of the last bin is max + 1 = 6
    rfmPackageBins(Float64Array.from([5, 1, 3, 2, 4]), 5, out);
    expect(Array.from(out)).toEqual([4, 1, 2, 1, 3]);
    const ties = new Uint8Array(3);
    rfmPackageBins(Float64Array.from([7, 7, 7]), 3, ties);
    expect(Array.from(ties)).toEqual([1, 1, 1]);
  });
});

describe('fixed thresholds', () => {
  it('starts a level at each cut point (inclusive)', () => {
    expect([1, 2, 4, 5, 9].map((v) => levelOf(v, [2, 5]))).toEqual([1, 2, 2, 3, 3]);
  });
});

describe('analyzeTable with each method', () => {
  // Customer i (a..e) has i + 1 orders of 10 on days 45000 + 10i + j: recency 45, 34, 23, 12, 1 days at as-of 45045.
  const rows: (string | number)[][] = [['customer', 'date', 'amount']];
  ['a', 'b', 'c', 'd', 'e'].forEach((id, i) => {
    for (let j = 0; j <= i; j++) rows.push([id, 45000 + i * 10 + j, 10]);
  });
  const scores = (opts: Parameters<typeof analyzeTable>[1]) =>
    analyzeTable(rows, opts).customers.map((c) => `${c.customer}${c.r}${c.f}${c.m}`);

  it('ntile and rank-quantile agree when every value is distinct and n = k', () => {
    expect(scores({ method: 'ntile' })).toEqual(['a111', 'b222', 'c333', 'd444', 'e555']);
    expect(scores({ method: 'rank-quantile' })).toEqual(['a111', 'b222', 'c333', 'd444', 'e555']);
  });

  it('rfm-package: the + 1 on the thresholds empties the top frequency bin of 1..5', () => {
    // frequency 1..5 → thresholds 2.8, 3.6, 4.4, 5.2 → bins 1,1,2,3,4; monetary 10..50 → thresholds 19, 27, 35, 43 → 1..5;
    // recency days 45, 34, 23, 12, 1 → thresholds 10.8, 19.6, 28.4, 37.2 → bins 5..1, so R = 6 − bin = 1..5.
    expect(scores({ method: 'rfm-package' })).toEqual(['a111', 'b212', 'c323', 'd434', 'e545']);
  });

  it('fixed uses the cut points and checks them', () => {
    const thresholds = { recencyDays: [10, 30], frequency: [2, 4], monetary: [20, 40] };
    // recency 45, 34, 23, 12, 1 → levels 3, 3, 2, 2, 1 → R = 4 − level; frequency 1..5 and monetary 10..50 → 1, 2, 2, 3, 3
    expect(scores({ method: 'fixed', thresholds })).toEqual(['a111', 'b122', 'c222', 'd233', 'e333']);
    expect(() => analyzeTable(rows, { method: 'fixed' })).toThrow('The "fixed" method needs thresholds');
    expect(() => analyzeTable(rows, { method: 'fixed', thresholds: { ...thresholds, frequency: [4, 2] } })).toThrow(
      'Fixed thresholds for frequency must be strictly ascending.',
    );
    expect(() => analyzeTable(rows, { method: 'fixed', bins: 5, thresholds })).toThrow('bins is 5 but the fixed thresholds make 3 score levels.');
  });
});
