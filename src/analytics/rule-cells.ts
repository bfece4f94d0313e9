import { CellValue, isBlank } from './cells';
import { AnalysisError } from './errors';
import { parseNumber } from './numbers';
import { Bound, RULE_FIELDS, RuleField, RuleTable, SegmentRule } from './segments';

/** Column labels of the rule fields, as the CX Rules sheet shows them. */
export const FIELD_LABELS: Record<RuleField, string> = {
  r: 'R score', f: 'F score', m: 'M score', recencyDays: 'Recency (days)', frequency: 'Frequency', monetary: 'Monetary',
  aov: 'AOV', tenureDays: 'Tenure (days)', ordersPerMonth: 'Orders per month', recencyPercentile: 'Recency percentile',
  frequencyPercentile: 'Frequency percentile', monetaryPercentile: 'Revenue percentile', aovPercentile: 'AOV percentile',
};

const fieldsUsed = (table: RuleTable) => RULE_FIELDS.filter((f) => table.rules.some((r) => r.bounds[f]));

/**
 * A rule table as editable cells: Segment, then "<field> min" and "<field> max" for every field
 * it uses; blank means no bound, "<70" in a max cell a strict bound. The last row, with no
 * bounds, is the segment of everyone else.
 */
export function ruleTableToCells(table: RuleTable): (string | number)[][] {
  const fields = fieldsUsed(table);
  const header = ['Segment', ...fields.flatMap((f) => [`${FIELD_LABELS[f]} min`, `${FIELD_LABELS[f]} max`])];
  const rows = table.rules.map((rule) => [
    rule.segment,
    ...fields.flatMap((f) => {
      const b = rule.bounds[f];
      return [b?.min ?? '', b?.below !== undefined ? `<${b.below}` : b?.max ?? ''];
    }),
  ]);
  return [header, ...rows, [table.fallback, ...fields.flatMap(() => ['', ''])]];
}

function columnField(header: string, col: number): { field: RuleField; side: 'min' | 'max' } {
  const m = /^(.*)\s+(min|max)$/i.exec(header.trim());
  const field = m && RULE_FIELDS.find((f) => FIELD_LABELS[f].toLowerCase() === m[1].trim().toLowerCase());
  if (!m || !field) {
    const known = RULE_FIELDS.map((f) => `"${FIELD_LABELS[f]} min/max"`).join(', ');
    throw new AnalysisError(`Rule column ${col + 1} "${header}" is not a rule field. Use Segment and any of ${known}.`);
  }
  return { field, side: m[2].toLowerCase() as 'min' | 'max' };
}

function boundCell(v: CellValue, side: 'min' | 'max', where: string): Partial<Bound> {
  if (isBlank(v)) return {};
  const text = String(v).trim();
  const strict = side === 'max' && text.startsWith('<');
  const x = parseNumber(strict ? text.slice(1) : (v as CellValue));
  if (Number.isNaN(x)) throw new AnalysisError(`${where}: "${text}" is not a number.`);
  return side === 'min' ? { min: x } : strict ? { below: x } : { max: x };
}

/** Parses a user-edited rule table (header row first); errors name the row and column. */
export function ruleTableFromCells(cells: readonly (readonly CellValue[])[], scheme: string): RuleTable {
  if (cells.length < 2) throw new AnalysisError('The rule table is empty: it needs a header row and at least one rule.');
  const header = cells[0].map((h) => String(h ?? '').trim());
  if (header[0].toLowerCase() !== 'segment') throw new AnalysisError('The first column of the rule table must be "Segment".');
  const columns = header.slice(1).map((h, i) => (h === '' ? undefined : columnField(h, i + 1)));
  const rules: SegmentRule[] = [];
  cells.slice(1).forEach((row, r) => {
    const name = String(row[0] ?? '').trim();
    const bounds: Partial<Record<RuleField, Bound>> = {};
    columns.forEach((c, j) => {
      if (!c) return;
      const part = boundCell(row[j + 1], c.side, `Rule row ${r + 2}, column "${header[j + 1]}"`);
      if (Object.keys(part).length) bounds[c.field] = { ...bounds[c.field], ...part };
    });
    if (name === '' && Object.keys(bounds).length === 0) return; // a blank line
    if (name === '') throw new AnalysisError(`Rule row ${r + 2} has bounds but no segment name.`);
    for (const [f, b] of Object.entries(bounds) as [RuleField, Bound][]) {
      const hi = b.max ?? b.below;
      if (b.min !== undefined && hi !== undefined && (b.min > hi || (b.below !== undefined && b.min >= b.below))) {
        throw new AnalysisError(`Rule row ${r + 2} ("${name}"): ${FIELD_LABELS[f]} min ${b.min} is above its max ${hi}.`);
      }
    }
    rules.push({ segment: name, bounds });
  });
  if (rules.length === 0) throw new AnalysisError('The rule table has no rules.');
  const last = rules[rules.length - 1];
  const fallback = Object.keys(last.bounds).length === 0 ? rules.pop()!.segment : 'Others';
  return { scheme, rules, fallback };
}
