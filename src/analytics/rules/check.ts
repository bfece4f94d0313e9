import { AnalysisError } from '../errors';
import { FIELD_LABELS } from './labels';
import { Bound, RULE_FIELDS, RuleField, RuleTable } from './rule-table';

const BOUND_KEYS = ['min', 'max', 'above', 'below'] as const;
const lowText = (b: Bound) => (b.above !== undefined ? `>${b.above}` : `${b.min}`);
const highText = (b: Bound) => (b.below !== undefined ? `<${b.below}` : `${b.max}`);

/** What is wrong with one field's bound, or undefined: values must be numbers and leave some value in range. */
export function boundProblem(b: Bound): string | undefined {
  if (typeof b !== 'object' || b === null) return 'is not a bound such as { min: 4, max: 5 }';
  for (const [key, v] of Object.entries(b)) {
    if (v === undefined) continue;
    if (!(BOUND_KEYS as readonly string[]).includes(key)) return `"${key}" is not a kind of bound; use min, max, above or below`;
    if (typeof v !== 'number' || !Number.isFinite(v)) return `${key} ${JSON.stringify(v)} is not a number`;
  }
  if (b.min !== undefined && b.above !== undefined) return 'has both a min and a strict min (above); keep one';
  if (b.max !== undefined && b.below !== undefined) return 'has both a max and a strict max (below); keep one';
  const lo = b.above ?? b.min;
  const hi = b.below ?? b.max;
  if (lo === undefined || hi === undefined) return undefined;
  if (lo > hi) return `min ${lowText(b)} is above its max ${highText(b)}`;
  if (lo === hi && (b.above !== undefined || b.below !== undefined)) return `min ${lowText(b)} and max ${highText(b)} leave no value`;
  return undefined;
}

/** Checks a rule table given as data (not cells): names, known fields, sound bounds. */
export function checkRuleTable(table: RuleTable): void {
  const name = table?.scheme;
  if (typeof name !== 'string' || name.trim() === '') throw new AnalysisError('A rule table needs a scheme name.');
  const where = `Rule table "${name}"`;
  if (typeof table.fallback !== 'string' || table.fallback.trim() === '') throw new AnalysisError(`${where} needs a fallback segment name.`);
  if (!Array.isArray(table.rules) || table.rules.length === 0) throw new AnalysisError(`${where} has no rules.`);
  table.rules.forEach((rule, i) => {
    const at = `${where}, rule ${i + 1}`;
    if (typeof rule?.segment !== 'string' || rule.segment.trim() === '') throw new AnalysisError(`${at} has no segment name.`);
    for (const [field, bound] of Object.entries(rule.bounds ?? {})) {
      if (!RULE_FIELDS.includes(field as RuleField)) {
        throw new AnalysisError(`${at} ("${rule.segment}"): "${field}" is not a rule field. Use one of: ${RULE_FIELDS.join(', ')}.`);
      }
      const problem = boundProblem(bound as Bound);
      if (problem) throw new AnalysisError(`${at} ("${rule.segment}"): ${FIELD_LABELS[field as RuleField]} ${problem}.`);
    }
  });
}
