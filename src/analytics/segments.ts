// The rule engine lives in rules/; these are its names that the rest of analytics imports from here.
export { RULE_FIELDS, SCORE_FIELDS, isScoreField, ruleFields } from './rules/rule-table';
export type { Bound, FieldValues, RuleField, RuleTable, SegmentRule } from './rules/rule-table';
export { fieldValue, inBound, matchesRule, segmentCodesOf, segmentOf, segmentsOf } from './rules/match';
