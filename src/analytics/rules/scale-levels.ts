import { Bound, RuleField, RuleTable, SegmentRule, isScoreField } from './rule-table';
import { inBound } from './match';

/** The score levels the built-in rule tables are written for (DESIGN: scores 1–5). */
export const TABLE_LEVELS = 5;

/**
 * The level on the 1–5 scale that score s of 1..levels stands for: the fifth of the range in
 * which the middle of s's level falls. 3 levels read as 1, 3, 5; 10 levels as 1, 1, 2, 2 … 5, 5.
 * The range splits evenly, so the mapping is symmetric and never ties (5(2s − 1) is odd).
 */
export function fiveLevelScore(s: number, levels: number): number {
  return Math.floor((TABLE_LEVELS * (2 * s - 1)) / (2 * levels)) + 1;
}

/** The scores 1..levels whose 1–5 level the bound lets through, as a bound; undefined when none does. */
function scaleBound(b: Bound, levels: number): Bound | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (let s = 1; s <= levels; s++) {
    if (!inBound(fiveLevelScore(s, levels), b)) continue;
    min = Math.min(min, s);
    max = Math.max(max, s);
  }
  return min <= max ? { min, max } : undefined;
}

function scaleRule(rule: SegmentRule, levels: number): SegmentRule | undefined {
  const bounds: Partial<Record<RuleField, Bound>> = {};
  for (const [field, bound] of Object.entries(rule.bounds) as [RuleField, Bound][]) {
    if (!isScoreField(field)) bounds[field] = bound;
    else {
      const scaled = scaleBound(bound, levels);
      if (!scaled) return undefined;
      bounds[field] = scaled;
    }
  }
  return { segment: rule.segment, bounds };
}

/**
 * A rule table written for scores 1–5 restated for scores 1..levels: a customer's segment under
 * the restated table is the one the original gives its scores read on the 1–5 scale
 * (fiveLevelScore). A rule no score of 1..levels can satisfy (New Customers' "F = 1" with 2
 * levels, whose F scores read as 2 and 4) is left out. Bounds on metrics and percentiles stay.
 */
export function scaleToLevels(table: RuleTable, levels: number): RuleTable {
  if (levels === TABLE_LEVELS) return table;
  const rules = table.rules.map((r) => scaleRule(r, levels)).filter((r): r is SegmentRule => r !== undefined);
  return { ...table, rules };
}
