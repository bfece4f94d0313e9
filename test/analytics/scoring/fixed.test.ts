import { AnalysisError, FixedThresholds, resolveOptions, scoreCustomers } from '../../../src/analytics';
import { fixedBins, levelOf } from '../../../src/analytics/scoring';
import { customerTable, scoreStrings } from './customers';

const thresholds: FixedThresholds = { recencyDays: [30, 90], frequency: [2, 5], monetary: [100, 500] };

describe('fixed (user cut points; a cut point belongs to the level above it)', () => {
  it('levelOf: below the first cut point 1, then one more from each cut point on', () => {
    expect([1, 2, 4, 5, 9].map((v) => levelOf(v, [2, 5]))).toEqual([1, 2, 2, 3, 3]);
  });

  it('scores F and M by level, R by k + 1 − level of recency days; monetary rounded to 6 decimals first', () => {
    const t = customerTable([
      { id: 1, recencyDays: 0, frequency: 1, monetary: 99.99 },
      { id: 2, recencyDays: 29, frequency: 2, monetary: 99.9999996 }, // rounds to 100
      { id: 3, recencyDays: 30, frequency: 4, monetary: 499.99 },
      { id: 4, recencyDays: 89, frequency: 5, monetary: 500 },
      { id: 5, recencyDays: 90, frequency: 9, monetary: 1000 },
    ]);
    scoreCustomers(t, 'fixed', 3, thresholds);
    expect(scoreStrings(t)).toEqual(['1:311', '2:322', '3:222', '4:233', '5:133']);
  });

  it('k = 2 from one cut point, k = 10 from nine', () => {
    expect(fixedBins({ recencyDays: [7], frequency: [2], monetary: [50] })).toBe(2);
    const nine = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(fixedBins({ recencyDays: nine, frequency: nine, monetary: nine })).toBe(10);
    const t = customerTable([{ id: 'x', recencyDays: 0, frequency: 9, monetary: 0 }]);
    scoreCustomers(t, 'fixed', 10, { recencyDays: nine, frequency: nine, monetary: nine });
    expect(scoreStrings(t)).toEqual(['x:10101']);
  });

  it('rejects bad thresholds with a message naming the metric', () => {
    const bad = (t: unknown) => () => fixedBins(t as FixedThresholds);
    expect(bad(undefined)).toThrow('The "fixed" method needs thresholds for recencyDays, frequency and monetary');
    expect(bad({ frequency: [2], monetary: [9] })).toThrow('Fixed thresholds for recencyDays are missing');
    expect(bad({ ...thresholds, frequency: [5, 2] })).toThrow('Fixed thresholds for frequency must be strictly ascending. Got 5, 2.');
    expect(bad({ ...thresholds, monetary: [100, 100] })).toThrow('Fixed thresholds for monetary must be strictly ascending.');
    expect(bad({ ...thresholds, monetary: [100, '500'] })).toThrow('Fixed thresholds for monetary must be numbers; "500" is not.');
    expect(bad({ ...thresholds, monetary: [100] })).toThrow('Fixed thresholds for monetary have 1 cut points but recencyDays has 2');
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(bad({ recencyDays: ten, frequency: ten, monetary: ten })).toThrow('make 11 score levels; give 1 to 9 cut points per metric');
    expect(bad({ recencyDays: [], frequency: [], monetary: [] })).toThrow(AnalysisError);
  });

  it('sets bins from the thresholds and refuses a different bins', () => {
    expect(resolveOptions({ method: 'fixed', thresholds }).bins).toBe(3);
    expect(() => resolveOptions({ method: 'fixed', thresholds, bins: 5 })).toThrow('bins is 5 but the fixed thresholds make 3 score levels.');
    expect(() => scoreCustomers(customerTable([{ id: 1 }]), 'fixed', 4, thresholds)).toThrow('bins is 4 but the fixed thresholds make 3 score levels.');
  });
});
