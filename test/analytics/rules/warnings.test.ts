import { BUILT_IN_SCHEMES, RuleTable, SegmentRule } from '../../../src/analytics';
import { ruleTableWarnings, scaleToLevels } from '../../../src/analytics/rules';

const table = (...rules: SegmentRule[]): RuleTable => ({ scheme: 't', fallback: 'Others', rules });

describe('rule table warnings', () => {
  it('rfm: overlaps counted on the 5×5×5 score grid, and the three rules earlier ones hide', () => {
    expect(ruleTableWarnings(BUILT_IN_SCHEMES.rfm)).toEqual([
      '"Loyal Customers" (rule 2) overlaps "Champions", which comes first and wins on 8 of its 36 score combinations.',
      '"Potential Loyalist" (rule 3) overlaps "Loyal Customers", which comes first and wins on 3 of its 27 score combinations.',
      '"New Customers" (rule 4) can never match: earlier rules cover all of it.',
      '"Promising" (rule 5) can never match: earlier rules cover all of it.',
      '"Need Attention" (rule 6) overlaps "Loyal Customers" and "Potential Loyalist", which come first and win on 5 of its 8 score combinations.',
      '"About To Sleep" (rule 7) overlaps "Potential Loyalist" and "Need Attention", which come first and win on 5 of its 8 score combinations.',
      '"At Risk" (rule 8) overlaps "Loyal Customers", "Need Attention" and "About To Sleep", which come first and win on 12 of its 32 score combinations.',
      '"Can\'t Lose Them" (rule 9) can never match: earlier rules cover all of it.',
      '"Lost" (rule 10) overlaps "Need Attention", "About To Sleep" and "At Risk", which come first and win on 5 of its 8 score combinations.',
    ]);
  });

  it('rfgrid has none; tiers and personas overlap on purpose', () => {
    expect(ruleTableWarnings(BUILT_IN_SCHEMES.rfgrid)).toEqual([]);
    // Loyal: 5 R × 3 F × 5 M = 75 combinations, VIP takes F 5 × M 4–5 × any R = 10
    expect(ruleTableWarnings(BUILT_IN_SCHEMES.tiers)).toEqual(['"Loyal" (rule 2) overlaps "VIP", which comes first and wins on 10 of its 75 score combinations.']);
    expect(ruleTableWarnings(BUILT_IN_SCHEMES.personas)).toEqual([
      '"Loyal High-Value" (rule 2) overlaps "Premium Customer", which comes first and wins where both match.',
      '"High Churn Risk" (rule 3) overlaps "Premium Customer" and "Loyal High-Value", which come first and win where both match.',
      '"Low-Premium" (rule 4) overlaps "High Churn Risk", which comes first and wins where both match.',
    ]);
  });

  it('a rule inside one earlier rule never matches, whatever its fields', () => {
    expect(ruleTableWarnings(table(
      { segment: 'Spenders', bounds: { monetary: { min: 100 } } },
      { segment: 'Regular spenders', bounds: { monetary: { min: 200 }, frequency: { min: 2 } } },
      { segment: 'Edge', bounds: { monetary: { above: 100 } } },
      { segment: 'Cheap', bounds: { monetary: { max: 100 } } },
    ))).toEqual([
      '"Regular spenders" (rule 2) can never match: earlier rules cover all of it.',
      '"Edge" (rule 3) can never match: earlier rules cover all of it.',
      '"Cheap" (rule 4) overlaps "Spenders", which comes first and wins where both match.', // at exactly 100
    ]);
  });

  it('strict bounds on scores are whole numbers: R < 4 is R ≤ 3', () => {
    expect(ruleTableWarnings(table({ segment: 'Old', bounds: { r: { below: 4 } } }, { segment: 'Older', bounds: { r: { max: 3 }, f: { above: 1.5 } } })))
      .toEqual(['"Older" (rule 2) can never match: earlier rules cover all of it.']);
    expect(ruleTableWarnings(table({ segment: 'Old', bounds: { r: { below: 3 } } }, { segment: 'Mid', bounds: { r: { min: 2.5 } } }))).toEqual([]);
  });

  it('several score-only rules together can hide a later one', () => {
    const t = table({ segment: 'Low', bounds: { r: { max: 2 } } }, { segment: 'High', bounds: { r: { min: 3 } } }, { segment: 'Any F5', bounds: { f: { min: 5 } } });
    expect(ruleTableWarnings(t)).toEqual(['"Any F5" (rule 3) can never match: earlier rules cover all of it.']);
  });

  it('a rule that can never match is nobody\'s rival; rules of the same segment are an "or", not an overlap', () => {
    expect(ruleTableWarnings(table(
      { segment: 'VIP', bounds: { f: { min: 5 } } },
      { segment: 'VIP', bounds: { m: { min: 5 } } },
      { segment: 'Ghost', bounds: { r: { min: 6 } } },
      { segment: 'Recent', bounds: { r: { min: 5 }, f: { max: 4 }, m: { max: 4 } } },
    ))).toEqual(['"Ghost" (rule 3) matches no score combination (scores run from 1 to 5).']);
    expect(ruleTableWarnings(table({ segment: 'Over', bounds: { aovPercentile: { above: 100 } } })))
      .toEqual(['"Over" (rule 1) can never match: its bounds leave no possible value.']);
  });

  it('a score rule after a metric rule overlaps it "where both match"', () => {
    expect(ruleTableWarnings(table({ segment: 'Big', bounds: { monetary: { min: 1000 } } }, { segment: 'Top', bounds: { m: { min: 5 } } })))
      .toEqual(['"Top" (rule 2) overlaps "Big", which comes first and wins where both match.']);
  });

  it('says when no rule tests a score as high as the levels go: a table kept from a run with fewer levels', () => {
    const rfm3 = scaleToLevels(BUILT_IN_SCHEMES.rfm, 3);
    expect(ruleTableWarnings(rfm3, 5)).toContain('No rule tests a score above 3, but scores run from 1 to 5: is the table written for 3 levels?');
    expect(ruleTableWarnings(rfm3, 3).filter((w) => w.startsWith('No rule'))).toEqual([]);
    // "<4" in a max cell is a highest score of 3; a min with no max reaches the top.
    expect(ruleTableWarnings(table({ segment: 'Low', bounds: { r: { below: 4 } } }), 5)).toEqual(['No rule tests a score above 3, but scores run from 1 to 5: is the table written for 3 levels?']);
    expect(ruleTableWarnings(table({ segment: 'Big', bounds: { m: { min: 3 } } }), 5)).toEqual([]);
    expect(ruleTableWarnings(table({ segment: 'Lost', bounds: { r: { max: 1 } } }), 5)).toEqual(['No rule tests a score above 1, but scores run from 1 to 5.']);
    // Tables without scores, and rules that can never match, say nothing of it.
    expect(ruleTableWarnings(table({ segment: 'Rich', bounds: { monetary: { min: 100 } } }), 5)).toEqual([]);
  });

  it('no built-in table restated for k levels falls short of k', () => {
    for (const t of Object.values(BUILT_IN_SCHEMES)) {
      for (let k = 2; k <= 10; k++) expect(ruleTableWarnings(scaleToLevels(t, k), k).filter((w) => w.startsWith('No rule'))).toEqual([]);
    }
  });
});
