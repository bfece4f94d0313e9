import { RuleTable, SegmentRule } from './segments';

const rfmRule = (segment: string, r: [number, number], f: [number, number], m: [number, number]): SegmentRule => ({
  segment,
  bounds: { r, f, m },
});

/** The rule table the R package rfm tests with (R/F/M score ranges, inclusive). */
export const RFM_RULES: RuleTable = {
  scheme: 'rfm',
  fallback: 'Others',
  rules: [
    rfmRule('Champions', [4, 5], [4, 5], [4, 5]),
    rfmRule('Loyal Customers', [2, 5], [3, 5], [3, 5]),
    rfmRule('Potential Loyalist', [3, 5], [1, 3], [1, 3]),
    rfmRule('New Customers', [4, 5], [1, 1], [1, 1]),
    rfmRule('Promising', [3, 4], [1, 1], [1, 1]),
    rfmRule('Need Attention', [2, 3], [2, 3], [2, 3]),
    rfmRule('About To Sleep', [2, 3], [1, 2], [1, 2]),
    rfmRule('At Risk', [1, 2], [2, 5], [2, 5]),
    rfmRule("Can't Lose Them", [1, 1], [4, 5], [4, 5]),
    rfmRule('Lost', [1, 2], [1, 2], [1, 2]),
  ],
};

export const BUILT_IN_SCHEMES: Record<string, RuleTable> = { rfm: RFM_RULES };
