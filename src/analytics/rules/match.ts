import { CustomerTable } from '../customer-table';
import { Bound, FieldValues, RuleField, RuleTable, SegmentRule, ruleFields } from './rule-table';

export function inBound(v: number, b: Bound): boolean {
  return (b.min === undefined || v >= b.min) && (b.max === undefined || v <= b.max)
    && (b.above === undefined || v > b.above) && (b.below === undefined || v < b.below);
}

/** Whether every bound of the rule holds; a field the values lack fails its bound. */
export function matchesRule(rule: SegmentRule, values: FieldValues): boolean {
  for (const field in rule.bounds) {
    const v = values[field as RuleField];
    if (v === undefined || !inBound(v, rule.bounds[field as RuleField]!)) return false;
  }
  return true;
}

/** The first matching rule's segment, else the fallback. */
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
  const fields = [...new Set(rules.rules.flatMap(ruleFields))];
  const values: FieldValues = {};
  return Array.from({ length: table.size }, (_, i) => {
    for (const f of fields) values[f] = fieldValue(table, f, i);
    return segmentOf(rules, values);
  });
}
