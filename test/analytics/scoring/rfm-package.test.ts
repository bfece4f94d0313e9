import { scoreCustomers } from '../../../src/analytics';
import { quantileType7, rfmPackageBins, rfmPackageProbabilities, rfmPackageThresholds } from '../../../src/analytics/scoring';
import { customerTable, scoreStrings } from './customers';

const bins = (values: number[], k: number) => {
  const out = new Uint8Array(values.length);
  rfmPackageBins(values, k, out);
  return Array.from(out);
};

describe('rfm-package (R package rfm, rfm_table_order)', () => {
  it('interpolates quantiles like R type 7', () => {
    expect(quantileType7([1, 2, 3, 4, 5], 0.2)).toBeCloseTo(1.8, 12);
    expect(quantileType7([10, 20], 0.5)).toBe(15);
    expect(quantileType7([3, 3, 9], 0.25)).toBe(3); // between two equal order statistics: no interpolation
    expect(quantileType7([4], 0.6)).toBe(4);
  });

  it('takes thresholds quantile(i/k) + 1 and bins lower ≤ value < upper; a bin may stay empty', () => {
    expect(rfmPackageThresholds([5, 1, 3, 2, 4], 5).map((t) => +t.toFixed(12))).toEqual([2.8, 3.6, 4.4, 5.2]);
    // 1, 2 < 2.8 → 1; 3 → 2; 4 → 3; 5 in [4.4, 5.2) → 4; nothing reaches [5.2, 6)
    expect(bins([5, 1, 3, 2, 4], 5)).toEqual([4, 1, 2, 1, 3]);
  });

  it('tied values share a bin; all ties land in bin 1', () => {
    expect(bins([7, 7, 7], 3)).toEqual([1, 1, 1]);
    // sorted 1 1 1 1 8: q(.5) = 1 → t = 2; 1s in [1, 2), 8 in [2, 9)
    expect(bins([1, 8, 1, 1, 1], 2)).toEqual([1, 2, 1, 1, 1]);
  });

  it('fewer values than bins: the + 1 can put both of two values in bin 1', () => {
    // [1, 2], k = 5: thresholds 2.2, 2.4, 2.6, 2.8, so 2 < 2.2 stays in bin 1; [10, 20]: thresholds 13, 15, 17, 19
    expect(bins([1, 2], 5)).toEqual([1, 1]);
    expect(bins([10, 20], 5)).toEqual([1, 5]);
    expect(bins([42], 10)).toEqual([1]);
  });

  it('k = 10 over 10 evenly spaced values gives 1..10', () => {
    expect(bins([100, 90, 80, 70, 60, 50, 40, 30, 20, 10], 10)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it("follows R's floating-point arithmetic, so a value on a threshold lands where R puts it", () => {
    // R: seq(0, 1, length.out = 6) gives 3 × 0.2 = 0.6000000000000001, not 0.6.
    expect(rfmPackageProbabilities(5)).toEqual([0.2, 0.4, 0.6000000000000001, 0.8]);
    // x sorted: 2 5 6 7 12 15 16 18 20 25 28 29. quantile(x, .8): index 1 + 11 × 0.8 = 9.8 (9.800000000000000711),
    // h = 0.8000000000000007, (1 − h) × 20 + h × 25 = 24.000000000000004, so t4 = 25.000000000000004 and the
    // value 25 stays in bin 4 (exact arithmetic would give t4 = 25 and bin 5).
    const x = [12, 28, 20, 18, 15, 5, 29, 16, 7, 2, 6, 25];
    expect(rfmPackageThresholds(x, 5)[3]).toBe(25.000000000000004);
    expect(bins(x, 5)[11]).toBe(4);
  });

  it('scores F and M by bin and R by k + 1 − bin of recency days', () => {
    const t = customerTable(['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, frequency: i + 1, monetary: 10 * (i + 1), recencyDays: 45 - 11 * i })));
    scoreCustomers(t, 'rfm-package', 5);
    // frequency 1..5 → 1, 1, 2, 3, 4 (see above); monetary 10..50: thresholds 19, 27, 35, 43 → 1..5;
    // recency 45, 34, 23, 12, 1: thresholds 10.8, 19.6, 28.4, 37.2 → bins 5..1 → R 1..5
    expect(scoreStrings(t)).toEqual(['a:111', 'b:212', 'c:323', 'd:434', 'e:545']);
    const solo = customerTable([{ id: 1, recencyDays: 3, frequency: 2, monetary: 9 }]);
    scoreCustomers(solo, 'rfm-package', 4);
    expect(scoreStrings(solo)).toEqual(['1:411']);
  });
});
