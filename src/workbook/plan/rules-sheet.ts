import { Report, ruleTableToCells, ruleTableWarnings } from '../../analytics';
import { SheetLayout } from './layout';
import { SheetPlan } from './types';

export const RULES_SHEET = 'CX Rules';

/** The table name that holds a scheme's editable rules. */
export const rulesTableName = (scheme: string) => `CXRules_${scheme.replace(/[^A-Za-z0-9]/g, '')}`;

/** Every rule table used, as editable Excel tables; a re-run can read the main one back. */
export function planRules(report: Report): SheetPlan {
  const sheet = new SheetLayout(RULES_SHEET);
  sheet.text([
    'Segment rules: the first rule a customer matches names its segment; blank = no bound; "<70" = below 70.',
    'Edit a copy here and analyze again with "Use the rules in CX Rules" to apply your edits.',
  ]);
  for (const scheme of report.options.schemes) {
    const table = report.options.ruleTables[scheme];
    const [header, ...rows] = ruleTableToCells(table);
    const warnings = ruleTableWarnings(table, report.options.bins);
    sheet.table({
      name: rulesTableName(scheme),
      title: `${scheme}${scheme === report.options.scheme ? ' (main)' : ''}${warnings.length ? ` — ${warnings.length} rule warning(s): ${warnings.join(' ')}` : ''}`,
      header: header.map(String), rows, formats: header.map((_, j) => (j === 0 ? '@' : '')),
    });
  }
  return sheet.done();
}
