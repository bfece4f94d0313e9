import { CustomerTable } from './customer-table';
import { AnalysisError } from './errors';
import { roundMoney } from './numbers';

/** User cut points per metric, ascending: k − 1 of them for k score levels. */
export interface FixedThresholds {
  recencyDays: number[];
  frequency: number[];
  monetary: number[];
}

/** Checks the thresholds and returns the number of score levels they make. */
export function fixedBins(thresholds: FixedThresholds | undefined): number {
  if (!thresholds) throw new AnalysisError('The "fixed" method needs thresholds for recencyDays, frequency and monetary.');
  const lengths = new Set<number>();
  for (const metric of ['recencyDays', 'frequency', 'monetary'] as const) {
    const cuts = thresholds[metric];
    if (!Array.isArray(cuts) || cuts.some((x) => typeof x !== 'number' || !Number.isFinite(x))) {
      throw new AnalysisError(`Fixed thresholds for ${metric} must be a list of numbers.`);
    }
    if (cuts.some((x, i) => i > 0 && x <= cuts[i - 1])) throw new AnalysisError(`Fixed thresholds for ${metric} must be strictly ascending.`);
    lengths.add(cuts.length);
  }
  if (lengths.size !== 1) throw new AnalysisError('Fixed thresholds must have the same number of cut points for recencyDays, frequency and monetary.');
  const bins = [...lengths][0] + 1;
  if (bins < 2 || bins > 10) throw new AnalysisError(`Fixed thresholds make ${bins} score levels; give 1 to 9 cut points per metric.`);
  return bins;
}

/** Level 1 below the first cut point; level i + 1 from cut point i (inclusive) up to the next. */
export function levelOf(value: number, cuts: readonly number[]): number {
  let level = 1;
  for (const c of cuts) if (value >= c) level++;
  return level;
}

/** F and M score = level; R score = k + 1 − level of recency days (fewer days is better). */
export function scoreFixed(table: CustomerTable, thresholds: FixedThresholds): void {
  const bins = thresholds.frequency.length + 1;
  for (let i = 0; i < table.size; i++) {
    table.f[i] = levelOf(table.frequency[i], thresholds.frequency);
    table.m[i] = levelOf(roundMoney(table.monetary[i]), thresholds.monetary);
    table.r[i] = bins + 1 - levelOf(table.recencyDays[i], thresholds.recencyDays);
  }
}
