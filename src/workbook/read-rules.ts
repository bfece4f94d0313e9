import { AnalysisError, RuleTable, ruleTableFromCells } from '../analytics';
import { RULES_SHEET, rulesTableName } from './plan';

/** The user's edited copy of a scheme's rules, from its table on the CX Rules sheet. */
export async function readSheetRules(context: Excel.RequestContext, scheme: string): Promise<RuleTable> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(RULES_SHEET).load('name');
  const table = context.workbook.tables.getItemOrNullObject(rulesTableName(scheme)).load('name');
  await context.sync();
  if (sheet.isNullObject || table.isNullObject) {
    throw new AnalysisError(`There are no "${scheme}" rules on a ${RULES_SHEET} sheet yet: analyze once without "Use the rules in ${RULES_SHEET}".`);
  }
  const range = table.getRange().load('values');
  await context.sync();
  try {
    return ruleTableFromCells(range.values, scheme);
  } catch (e) {
    if (e instanceof AnalysisError) throw new AnalysisError(`${RULES_SHEET}, table ${rulesTableName(scheme)}: ${e.message}`);
    throw e;
  }
}
