/** A customer field a rule can test. */
export type RuleField = 'r' | 'f' | 'm';

/** One row of a rule table: the segment name and inclusive [min, max] bounds per field. */
export interface SegmentRule {
  segment: string;
  bounds: Partial<Record<RuleField, readonly [number, number]>>;
}

/** An ordered rule table: the first rule that matches names the customer, else `fallback`. */
export interface RuleTable {
  scheme: string;
  rules: readonly SegmentRule[];
  fallback: string;
}

export type FieldValues = Record<RuleField, number>;

export function matchesRule(rule: SegmentRule, values: FieldValues): boolean {
  for (const field in rule.bounds) {
    const [lo, hi] = rule.bounds[field as RuleField]!;
    const v = values[field as RuleField];
    if (!(v >= lo && v <= hi)) return false;
  }
  return true;
}

export function segmentOf(table: RuleTable, values: FieldValues): string {
  for (const rule of table.rules) if (matchesRule(rule, values)) return rule.segment;
  return table.fallback;
}
