/** The customer fields a rule can test: scores, metrics, and percentiles (PERCENT_RANK × 100). */
export const RULE_FIELDS = [
  'r', 'f', 'm', 'recencyDays', 'frequency', 'monetary', 'aov', 'tenureDays', 'ordersPerMonth',
  'recencyPercentile', 'frequencyPercentile', 'monetaryPercentile', 'aovPercentile',
] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

export const SCORE_FIELDS: readonly RuleField[] = ['r', 'f', 'm'];
export const isScoreField = (field: string): boolean => SCORE_FIELDS.includes(field as RuleField);

/**
 * Bounds on one field. `min` and `max` are inclusive (DESIGN: all bounds inclusive). A strict
 * bound, such as the personas' "revenue < P70", is `below: 70` (in cells: "<70" in a max
 * column); `above` is its mirror (">90" in a min column).
 */
export interface Bound {
  min?: number;
  max?: number;
  above?: number;
  below?: number;
}

/** One row of a rule table: the segment name and the bounds it needs (a field left out is not tested). */
export interface SegmentRule {
  segment: string;
  bounds: Partial<Record<RuleField, Bound>>;
}

/** An ordered rule table: the first rule that matches names the customer, else `fallback`. */
export interface RuleTable {
  scheme: string;
  rules: readonly SegmentRule[];
  fallback: string;
}

export type FieldValues = Partial<Record<RuleField, number>>;

/** The fields a rule tests, in RULE_FIELDS order. */
export const ruleFields = (rule: SegmentRule): RuleField[] => RULE_FIELDS.filter((f) => rule.bounds[f] !== undefined);
