import { CellValue, isBlank } from '../cells';
import { AnalysisError } from '../errors';
import { boundCells, boundFromCell } from './bound-cells';
import { boundProblem } from './check';
import { FIELD_LABELS, ruleColumn } from './labels';
import { Bound, RULE_FIELDS, RuleField, RuleTable, SegmentRule } from './rule-table';
import { ruleTableWarnings } from './warnings';

type Cells = readonly (readonly CellValue[])[];
type Column = { field: RuleField; side: 'min' | 'max' } | undefined;

const fieldsUsed = (table: RuleTable) => RULE_FIELDS.filter((f) => table.rules.some((r) => r.bounds[f]));

/**
 * A rule table as editable cells: a header row "Segment", then "<field> min" and "<field> max"
 * for every field the table uses; one row per rule; blank = no bound; ">90" / "<70" strict
 * bounds. The last row, with no bounds, names everyone else (the fallback).
 */
export function ruleTableToCells(table: RuleTable): (string | number)[][] {
  const fields = fieldsUsed(table);
  const header = ['Segment', ...fields.flatMap((f) => [`${FIELD_LABELS[f]} min`, `${FIELD_LABELS[f]} max`])];
  const rows = table.rules.map((rule) => [rule.segment, ...fields.flatMap((f) => boundCells(rule.bounds[f]))]);
  return [header, ...rows, [table.fallback, ...fields.flatMap(() => ['', ''])]];
}

const cellText = (v: CellValue) => (isBlank(v) ? '' : String(v).trim());

function readColumns(cells: Cells): Column[] {
  const header = cells[0].map(cellText);
  if (header[0].toLowerCase() !== 'segment') {
    throw new AnalysisError(`Rule column 1 is "${header[0]}": the first column of the rule table must be "Segment".`);
  }
  const seen = new Map<string, number>();
  return header.slice(1).map((text, i) => {
    const col = i + 2;
    if (text === '') {
      const r = cells.findIndex((row) => !isBlank(row[col - 1]));
      if (r > 0) throw new AnalysisError(`Rule row ${r + 1}, column ${col} has a value but the column has no header.`);
      return undefined;
    }
    const column = ruleColumn(text);
    if (!column) {
      const fields = RULE_FIELDS.map((f) => FIELD_LABELS[f]).join(', ');
      throw new AnalysisError(
        `Rule column ${col} "${text}" is not a rule field. Use "Segment", then "<field> min" and "<field> max" columns for any of: ${fields}.`,
      );
    }
    const key = `${column.field} ${column.side}`;
    if (seen.has(key)) throw new AnalysisError(`Rule column ${col} "${text}" repeats column ${seen.get(key)} "${header[seen.get(key)! - 1]}".`);
    seen.set(key, col);
    return column;
  });
}

function readRule(row: readonly CellValue[], rowNumber: number, header: readonly CellValue[], columns: Column[]): SegmentRule | undefined {
  const segment = cellText(row[0]);
  const bounds: Partial<Record<RuleField, Bound>> = {};
  columns.forEach((c, j) => {
    if (!c) return;
    const part = boundFromCell(row[j + 1], c.side, `Rule row ${rowNumber}, column "${cellText(header[j + 1])}"`);
    if (Object.keys(part).length) bounds[c.field] = { ...bounds[c.field], ...part };
  });
  const bounded = Object.keys(bounds).length > 0;
  if (segment === '' && !bounded) return undefined; // a blank line
  if (segment === '') throw new AnalysisError(`Rule row ${rowNumber} has bounds but no segment name.`);
  for (const [f, b] of Object.entries(bounds) as [RuleField, Bound][]) {
    const problem = boundProblem(b);
    if (problem) throw new AnalysisError(`Rule row ${rowNumber} ("${segment}"): ${FIELD_LABELS[f]} ${problem}.`);
  }
  return { segment, bounds };
}

/**
 * Parses a user-edited rule table (header row first). Errors (AnalysisError) name the row and
 * column; warnings list rules that overlap an earlier one or can never match (scores 1..bins).
 */
export function parseRuleTable(cells: Cells, scheme: string, bins = 5): { table: RuleTable; warnings: string[] } {
  if (cells.length < 2) throw new AnalysisError('The rule table is empty: it needs a header row and at least one rule.');
  const columns = readColumns(cells);
  const rules = cells.slice(1).flatMap((row, r) => readRule(row, r + 2, cells[0], columns) ?? []);
  const last = rules[rules.length - 1];
  const fallback = last && Object.keys(last.bounds).length === 0 ? rules.pop()!.segment : 'Others';
  if (rules.length === 0) throw new AnalysisError('The rule table has no rules: add a row with a segment name and its bounds.');
  const table = { scheme, rules, fallback };
  return { table, warnings: ruleTableWarnings(table, bins) };
}

/** The rule table of user-edited cells; see parseRuleTable for its warnings. */
export function ruleTableFromCells(cells: Cells, scheme: string): RuleTable {
  return parseRuleTable(cells, scheme).table;
}
