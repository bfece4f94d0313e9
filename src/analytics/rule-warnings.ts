import { RuleField, RuleTable, matchesRule } from './segments';

const SCORE_FIELDS: RuleField[] = ['r', 'f', 'm'];

/**
 * Warnings for a rule table over scores 1..bins: a rule that an earlier rule shadows entirely
 * (it can never match) or in part (the earlier one wins where they overlap). Rules on other
 * fields are not checked: their values are not a finite grid.
 */
export function ruleTableWarnings(table: RuleTable, bins = 5): string[] {
  if (!table.rules.every((rule) => Object.keys(rule.bounds).every((f) => SCORE_FIELDS.includes(f as RuleField)))) return [];
  const grid: Record<'r' | 'f' | 'm', number>[] = [];
  for (let r = 1; r <= bins; r++) for (let f = 1; f <= bins; f++) for (let m = 1; m <= bins; m++) grid.push({ r, f, m });
  const warnings: string[] = [];
  table.rules.forEach((rule, i) => {
    const mine = grid.filter((p) => matchesRule(rule, p));
    const earlier = table.rules.slice(0, i);
    const shadowed = mine.filter((p) => earlier.some((e) => matchesRule(e, p)));
    if (mine.length === 0) warnings.push(`"${rule.segment}" (rule ${i + 1}) matches no score combination.`);
    else if (shadowed.length === mine.length) warnings.push(`"${rule.segment}" (rule ${i + 1}) can never match: earlier rules cover all of it.`);
    else if (shadowed.length > 0) {
      const first = earlier.find((e) => mine.some((p) => matchesRule(e, p)))!;
      warnings.push(`"${rule.segment}" (rule ${i + 1}) overlaps "${first.segment}", which comes first and wins on ${shadowed.length} of its ${mine.length} score combinations.`);
    }
  });
  return warnings;
}
