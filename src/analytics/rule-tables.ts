import { Bound, RuleField, RuleTable, SegmentRule } from './rules/rule-table';

type Range = [number, number];
const span = ([min, max]: Range): Bound => ({ min, max });

function scoreRule(segment: string, ranges: Partial<Record<'r' | 'f' | 'm', Range>>): SegmentRule {
  const bounds: Partial<Record<RuleField, Bound>> = {};
  for (const [field, range] of Object.entries(ranges) as ['r' | 'f' | 'm', Range][]) bounds[field] = span(range);
  return { segment, bounds };
}

/** The rule table the R package rfm tests with (R/F/M score ranges, inclusive). */
export const RFM_RULES: RuleTable = {
  scheme: 'rfm',
  fallback: 'Others',
  rules: [
    scoreRule('Champions', { r: [4, 5], f: [4, 5], m: [4, 5] }),
    scoreRule('Loyal Customers', { r: [2, 5], f: [3, 5], m: [3, 5] }),
    scoreRule('Potential Loyalist', { r: [3, 5], f: [1, 3], m: [1, 3] }),
    scoreRule('New Customers', { r: [4, 5], f: [1, 1], m: [1, 1] }),
    scoreRule('Promising', { r: [3, 4], f: [1, 1], m: [1, 1] }),
    scoreRule('Need Attention', { r: [2, 3], f: [2, 3], m: [2, 3] }),
    scoreRule('About To Sleep', { r: [2, 3], f: [1, 2], m: [1, 2] }),
    scoreRule('At Risk', { r: [1, 2], f: [2, 5], m: [2, 5] }),
    scoreRule("Can't Lose Them", { r: [1, 1], f: [4, 5], m: [4, 5] }),
    scoreRule('Lost', { r: [1, 2], f: [1, 2], m: [1, 2] }),
  ],
};

/** Seed 004's R×F grid (R and F only). */
export const RFGRID_RULES: RuleTable = {
  scheme: 'rfgrid',
  fallback: 'Others',
  rules: [
    scoreRule('Champions', { r: [5, 5], f: [4, 5] }),
    scoreRule('Loyal Customers', { r: [3, 4], f: [4, 5] }),
    scoreRule('Potential Loyalists', { r: [4, 5], f: [2, 3] }),
    scoreRule('New Customers', { r: [5, 5], f: [1, 1] }),
    scoreRule('Promising', { r: [4, 4], f: [1, 1] }),
    scoreRule('Need Attention', { r: [3, 3], f: [3, 3] }),
    scoreRule('About To Sleep', { r: [3, 3], f: [1, 2] }),
    scoreRule('At Risk', { r: [1, 2], f: [3, 4] }),
    scoreRule("Can't Lose Them", { r: [1, 2], f: [5, 5] }),
    scoreRule('Hibernating', { r: [1, 2], f: [1, 2] }),
  ],
};

/** Seed 000's tiers: VIP, Loyal, Periodic Buyers. */
export const TIERS_RULES: RuleTable = {
  scheme: 'tiers',
  fallback: 'Periodic Buyers',
  rules: [
    { segment: 'VIP', bounds: { f: { min: 5 }, m: { min: 4 } } },
    { segment: 'Loyal', bounds: { f: { min: 3 } } },
  ],
};

/** Seed 002's percentile personas (percentile = PERCENT_RANK × 100). */
export const PERSONAS_RULES: RuleTable = {
  scheme: 'personas',
  fallback: 'Standard Customer',
  rules: [
    { segment: 'Premium Customer', bounds: { monetaryPercentile: { min: 90 } } },
    { segment: 'Loyal High-Value', bounds: { monetaryPercentile: { min: 70 }, frequencyPercentile: { min: 70 } } },
    { segment: 'High Churn Risk', bounds: { recencyPercentile: { min: 80 } } },
    { segment: 'Low-Premium', bounds: { aovPercentile: { min: 70 }, monetaryPercentile: { below: 70 } } },
  ],
};

export const BUILT_IN_SCHEMES: Record<string, RuleTable> = {
  rfm: RFM_RULES,
  rfgrid: RFGRID_RULES,
  tiers: TIERS_RULES,
  personas: PERSONAS_RULES,
};

/** The segments a rule table can give, in its order, the fallback last. */
export function segmentNames(table: RuleTable): string[] {
  return [...new Set([...table.rules.map((r) => r.segment), table.fallback])];
}
