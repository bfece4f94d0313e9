import { CustomerTable } from '../customer-table';
import { AnalysisError } from '../errors';
import { reverseScores, scoredMetrics } from './order';

/**
 * Method "fixed": the user's cut points per metric, ascending, k − 1 of them for k score levels
 * (the same k for all three). A cut point belongs to the level above it: with frequency [2, 5],
 * 1 order → F1, 2–4 → F2, 5 or more → F3. Recency days count the other way: with recencyDays
 * [30, 90], 0–29 days → R3, 30–89 → R2, 90 or more → R1. This is the R package rfm's rule for
 * custom thresholds (lower ≤ value < upper).
 */
export interface FixedThresholds {
  recencyDays: number[];
  frequency: number[];
  monetary: number[];
}

const METRICS = ['recencyDays', 'frequency', 'monetary'] as const;
const EXAMPLE = '{ recencyDays: [30, 90], frequency: [2, 5], monetary: [100, 500] }';

function checkCuts(metric: string, cuts: unknown): number[] {
  if (!Array.isArray(cuts) || cuts.length === 0) {
    throw new AnalysisError(`Fixed thresholds for ${metric} are missing: give its cut points, such as ${EXAMPLE}.`);
  }
  const bad = cuts.find((x) => typeof x !== 'number' || !Number.isFinite(x));
  if (bad !== undefined) throw new AnalysisError(`Fixed thresholds for ${metric} must be numbers; ${JSON.stringify(bad)} is not.`);
  if (cuts.some((x, j) => j > 0 && x <= cuts[j - 1])) {
    throw new AnalysisError(`Fixed thresholds for ${metric} must be strictly ascending. Got ${cuts.join(', ')}.`);
  }
  return cuts;
}

/** Checks the thresholds and returns the number of score levels they make (2..10). */
export function fixedBins(thresholds: FixedThresholds | undefined): number {
  if (!thresholds || typeof thresholds !== 'object') {
    throw new AnalysisError(`The "fixed" method needs thresholds for recencyDays, frequency and monetary, such as ${EXAMPLE}.`);
  }
  const counts = METRICS.map((metric) => checkCuts(metric, thresholds[metric]).length);
  const j = counts.findIndex((c) => c !== counts[0]);
  if (j > 0) {
    throw new AnalysisError(
      `Fixed thresholds for ${METRICS[j]} have ${counts[j]} cut points but ${METRICS[0]} has ${counts[0]}: give every metric the same number.`,
    );
  }
  if (counts[0] > 9) throw new AnalysisError(`Fixed thresholds make ${counts[0] + 1} score levels; give 1 to 9 cut points per metric.`);
  return counts[0] + 1;
}

/** Level 1 below the first cut point; level i + 1 from cut point i (inclusive) up to the next. */
export function levelOf(value: number, cuts: readonly number[]): number {
  let level = 1;
  for (const c of cuts) if (value >= c) level++;
  return level;
}

/** Fills table.r, f and m from the cut points (checked first). */
export function scoreFixed(table: CustomerTable, thresholds: FixedThresholds): void {
  const bins = fixedBins(thresholds);
  const { recencyDays, frequency, monetary } = scoredMetrics(table);
  for (let i = 0; i < table.size; i++) {
    table.f[i] = levelOf(frequency[i], thresholds.frequency);
    table.m[i] = levelOf(monetary[i], thresholds.monetary);
    table.r[i] = levelOf(recencyDays[i], thresholds.recencyDays);
  }
  reverseScores(table.r, bins);
}
