import { CustomerTable } from './customer-table';

/** The customer fields a rule can test. */
export const RULE_FIELDS = [
  'r', 'f', 'm', 'recencyDays', 'frequency', 'monetary', 'aov', 'tenureDays', 'ordersPerMonth',
  'recencyPercentile', 'frequencyPercentile', 'monetaryPercentile', 'aovPercentile',
] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

/** Bounds on one field: inclusive min and max (DESIGN: all bounds inclusive); `below` is a strict upper bound. */
export interface Bound {
  min?: number;
  max?: number;
  below?: number;
}

/** One row of a rule table: the segment name and the bounds it needs. */
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

export function inBound(v: number, b: Bound): boolean {
  return (b.min === undefined || v >= b.min) && (b.max === undefined || v <= b.max) && (b.below === undefined || v < b.below);
}

export function matchesRule(rule: SegmentRule, values: FieldValues): boolean {
  for (const field in rule.bounds) {
    const v = values[field as RuleField];
    if (v === undefined || !inBound(v, rule.bounds[field as RuleField]!)) return false;
  }
  return true;
}

export function segmentOf(table: RuleTable, values: FieldValues): string {
  for (const rule of table.rules) if (matchesRule(rule, values)) return rule.segment;
  return table.fallback;
}

/** The value of a rule field for customer i of the table. */
export function fieldValue(table: CustomerTable, field: RuleField, i: number): number {
  switch (field) {
    case 'r': return table.r[i];
    case 'f': return table.f[i];
    case 'm': return table.m[i];
    case 'recencyPercentile': return table.percentile.recency[i];
    case 'frequencyPercentile': return table.percentile.frequency[i];
    case 'monetaryPercentile': return table.percentile.monetary[i];
    case 'aovPercentile': return table.percentile.aov[i];
    default: return table[field][i];
  }
}

/** The segment of every customer of the table under one rule table. */
export function segmentsOf(rules: RuleTable, table: CustomerTable): string[] {
  const fields = [...new Set(rules.rules.flatMap((r) => Object.keys(r.bounds) as RuleField[]))];
  const values: FieldValues = {};
  return Array.from({ length: table.size }, (_, i) => {
    for (const f of fields) values[f] = fieldValue(table, f, i);
    return segmentOf(rules, values);
  });
}
