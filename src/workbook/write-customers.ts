import { Report } from '../analytics';
import { uniqueTableNames } from './plan';
import { CUSTOMERS_SHEET, planCustomers } from './plan/customers-sheet';
import { OnProgress } from './progress';
import { checkOutputSheets, writePlan } from './write-plan';

/** Names of the workbook's tables, leaving out those on the sheets about to be replaced. */
export async function tableNamesOutside(context: Excel.RequestContext, sheetIds: readonly string[]): Promise<string[]> {
  const tables = context.workbook.tables.load('items/name,items/worksheet/id');
  await context.sync();
  return tables.items.filter((t) => !sheetIds.includes(t.worksheet.id)).map((t) => t.name);
}

/**
 * Writes the CX Customers sheet on its own: one row per scored customer in an Excel table with
 * number formats, then shows it. A CX Customers sheet the add-in wrote (its id is listed in the
 * workbook setting OWNED_SHEETS_SETTING) is replaced; one the user made stops the write with a
 * SheetConflictError before anything changes. Returns the sheet's name.
 */
export async function writeCustomersSheet(context: Excel.RequestContext, report: Report, onProgress?: OnProgress): Promise<string> {
  const plan = { sheets: [planCustomers(report)] };
  const outputs = await checkOutputSheets(context, [CUSTOMERS_SHEET]);
  uniqueTableNames(plan.sheets, await tableNamesOutside(context, outputs.replace));
  const [name] = await writePlan(context, plan, outputs, { treemap: false, onProgress });
  return name;
}
