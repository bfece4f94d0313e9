import { Interval, contains, intersect, intervalOf, isEmpty } from './intervals';
import { matchesRule } from './match';
import { RuleField, RuleTable, SegmentRule, isScoreField, ruleFields } from './rule-table';

const onlyScores = (rule: SegmentRule) => ruleFields(rule).every(isScoreField);
const fieldsOf = (...rules: SegmentRule[]) => [...new Set(rules.flatMap(ruleFields))];
const box = (rule: SegmentRule, fields: RuleField[], bins: number): Interval[] => fields.map((f) => intervalOf(rule, f, bins));

function overlaps(a: SegmentRule, b: SegmentRule, bins: number): boolean {
  const fields = fieldsOf(a, b);
  const ba = box(a, fields, bins);
  const bb = box(b, fields, bins);
  return ba.every((iv, j) => !isEmpty(intersect(iv, bb[j])));
}

/** Whether `outer` lets through everything `inner` does: then `inner`, coming later, never matches. */
function covers(outer: SegmentRule, inner: SegmentRule, bins: number): boolean {
  const fields = fieldsOf(outer, inner);
  const bo = box(outer, fields, bins);
  return box(inner, fields, bins).every((iv, j) => contains(bo[j], iv));
}

/** Every R/F/M score combination 1..bins. */
function scoreGrid(bins: number): Record<'r' | 'f' | 'm', number>[] {
  const grid: Record<'r' | 'f' | 'm', number>[] = [];
  for (let r = 1; r <= bins; r++) for (let f = 1; f <= bins; f++) for (let m = 1; m <= bins; m++) grid.push({ r, f, m });
  return grid;
}

const quoted = (rules: SegmentRule[]) => {
  const names = [...new Set(rules.map((r) => `"${r.segment}"`))];
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
};
const comesFirst = (rules: SegmentRule[]) =>
  new Set(rules.map((r) => r.segment)).size === 1 ? 'which comes first and wins' : 'which come first and win';

/**
 * Warnings for a rule table: a rule that can never match (its bounds leave nothing, one
 * earlier rule covers it, or, when it tests scores only, earlier score-only rules cover every
 * score combination it allows) and a rule that overlaps earlier ones (they win where both
 * match). Overlaps with an earlier rule of the same segment are not reported: that is an "or".
 */
export function ruleTableWarnings(table: RuleTable, bins = 5): string[] {
  const grid = scoreGrid(bins);
  const warnings: string[] = [];
  const dead = new Set<SegmentRule>(); // rules that never match win nothing, so they are nobody's rival
  table.rules.forEach((rule, i) => {
    const name = `"${rule.segment}" (rule ${i + 1})`;
    const fields = ruleFields(rule);
    if (box(rule, fields, bins).some(isEmpty)) {
      dead.add(rule);
      warnings.push(fields.every(isScoreField)
        ? `${name} matches no score combination (scores run from 1 to ${bins}).`
        : `${name} can never match: its bounds leave no possible value.`);
      return;
    }
    const earlier = table.rules.slice(0, i);
    const mine = onlyScores(rule) ? grid.filter((p) => matchesRule(rule, p)) : [];
    const scoreRivals = onlyScores(rule) ? earlier.filter(onlyScores) : [];
    const taken = mine.filter((p) => scoreRivals.some((e) => matchesRule(e, p)));
    if (earlier.some((e) => covers(e, rule, bins)) || (mine.length > 0 && taken.length === mine.length)) {
      dead.add(rule);
      warnings.push(`${name} can never match: earlier rules cover all of it.`);
      return;
    }
    const rivals = earlier.filter((e) => !dead.has(e) && e.segment !== rule.segment && overlaps(e, rule, bins));
    const onGrid = rivals.filter((e) => scoreRivals.includes(e));
    const elsewhere = rivals.filter((e) => !onGrid.includes(e));
    if (onGrid.length) {
      const won = mine.filter((p) => onGrid.some((e) => matchesRule(e, p))).length;
      warnings.push(`${name} overlaps ${quoted(onGrid)}, ${comesFirst(onGrid)} on ${won} of its ${mine.length} score combinations.`);
    }
    if (elsewhere.length) warnings.push(`${name} overlaps ${quoted(elsewhere)}, ${comesFirst(elsewhere)} where both match.`);
  });
  const reach = topScoreTested(table, bins);
  if (reach !== undefined && reach < bins) {
    const question = reach >= 2 ? `: is the table written for ${reach} levels?` : '.';
    warnings.push(`No rule tests a score above ${reach}, but scores run from 1 to ${bins}${question}`);
  }
  return warnings;
}

/**
 * The highest score any rule lets through on a score field it tests (undefined when no rule
 * tests a score). Below `bins`, the best customers can only fall to the fallback or to rules on
 * other fields: the mark of a table written for fewer levels, such as CX Rules kept from a run
 * with other levels.
 */
function topScoreTested(table: RuleTable, bins: number): number | undefined {
  let top: number | undefined;
  for (const rule of table.rules) {
    for (const field of ruleFields(rule).filter(isScoreField)) {
      const { lo, hi } = intervalOf(rule, field, bins); // whole scores, both ends closed
      if (hi >= lo) top = Math.max(top ?? -Infinity, hi);
    }
  }
  return top;
}
