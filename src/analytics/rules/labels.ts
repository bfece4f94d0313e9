import { RULE_FIELDS, RuleField } from './rule-table';

/** Column labels of the rule fields, as the CX Rules sheet shows them. */
export const FIELD_LABELS: Record<RuleField, string> = {
  r: 'R score', f: 'F score', m: 'M score', recencyDays: 'Recency (days)', frequency: 'Frequency', monetary: 'Monetary',
  aov: 'AOV', tenureDays: 'Tenure (days)', ordersPerMonth: 'Orders per month', recencyPercentile: 'Recency percentile',
  frequencyPercentile: 'Frequency percentile', monetaryPercentile: 'Revenue percentile', aovPercentile: 'AOV percentile',
};

// Headers compare without case, spaces or punctuation: "Recency (days) min" = "recencyDays min".
const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

const FIELD_BY_NAME = new Map<string, RuleField>(
  RULE_FIELDS.flatMap((f) => [[squash(FIELD_LABELS[f]), f], [squash(f), f]] as [string, RuleField][]),
);

/** The field and side of a rule column header such as "R score min" or "monetaryPercentile max". */
export function ruleColumn(header: string): { field: RuleField; side: 'min' | 'max' } | undefined {
  const m = /^(.*?)[\s_-]*(min|max)$/i.exec(header.trim());
  const field = m ? FIELD_BY_NAME.get(squash(m[1])) : undefined;
  return field && { field, side: m![2].toLowerCase() as 'min' | 'max' };
}
