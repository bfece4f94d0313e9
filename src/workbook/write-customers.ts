import { Report } from '../analytics';
import { rowBlocks } from './blocks';
import { clearOutputSheet, recordOwnedSheets } from './ownership';
import { safeCell } from './safe-cells';

export const CUSTOMERS_SHEET = 'CX Customers';
export const CUSTOMERS_TABLE = 'CXCustomers';
export const CUSTOMER_HEADERS = ['Customer', 'Recency (days)', 'Frequency', 'Monetary', 'R', 'F', 'M', 'Segment'];
/** Number formats of the numeric columns B:G (recency … M). */
const NUMBER_FORMATS = ['0', '0', '#,##0.00', '0', '0', '0'];

export function customerCells(report: Report): (string | number | boolean)[][] {
  return report.customers.map((c) => [safeCell(c.customer), c.recencyDays, c.frequency, c.monetary, c.r, c.f, c.m, safeCell(c.segment)]);
}

/** Writes (or replaces) the `CX Customers` sheet: one Excel table row per scored customer. */
export async function writeCustomersSheet(context: Excel.RequestContext, report: Report): Promise<{ sheetName: string; rows: number }> {
  const owned = await clearOutputSheet(context, CUSTOMERS_SHEET);
  context.workbook.application.suspendApiCalculationUntilNextSync();
  const sheet = context.workbook.worksheets.add(CUSTOMERS_SHEET).load('id');
  await context.sync();
  recordOwnedSheets(context, [...owned, sheet.id]);

  const rows = customerCells(report);
  const width = CUSTOMER_HEADERS.length;
  sheet.getRangeByIndexes(0, 0, 1, width).values = [CUSTOMER_HEADERS];
  // Values and number formats go in row blocks that keep each request under the payload budget.
  for (const { start, rows: n } of rowBlocks(rows.length, width + NUMBER_FORMATS.length, 24)) {
    sheet.getRangeByIndexes(1 + start, 0, n, width).values = rows.slice(start, start + n);
    sheet.getRangeByIndexes(1 + start, 1, n, NUMBER_FORMATS.length).numberFormat = Array.from({ length: n }, () => NUMBER_FORMATS);
    await context.sync();
  }
  const table = sheet.tables.add(`A1:H${rows.length + 1}`, true);
  table.name = CUSTOMERS_TABLE;
  sheet.getRangeByIndexes(0, 0, rows.length + 1, width).format.autofitColumns();
  sheet.activate();
  await context.sync();
  return { sheetName: CUSTOMERS_SHEET, rows: rows.length };
}
