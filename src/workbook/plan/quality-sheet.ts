import { Report } from '../../analytics';
import { SheetLayout } from './layout';
import { FORMAT, SheetPlan } from './types';

export const QUALITY_SHEET = 'CX Data Quality';

/** What was read, what was skipped and why: nothing skipped goes uncounted. */
export function planQuality(report: Report): SheetPlan {
  const q = report.sections!.dataQuality;
  const sheet = new SheetLayout(QUALITY_SHEET);
  const summary: [string, number][] = [
    ['Rows', q.rows], ['Rows analysed', q.usedRows], ['Rows skipped (customer, date or amount unreadable)', q.skippedRows],
    ['Duplicate rows', q.duplicateRows], ['Negative amounts', q.negativeAmounts], ['Zero amounts', q.zeroAmounts],
    ['Customers with returns only (not scored)', q.returnsOnlyCustomers], ['Rows with an empty status', q.unknownStatusRows],
  ];
  if (report.customersTable) {
    summary.push(['Customers-table rows matching no customer', report.customersTable.unmatchedRows], ['Customers without a customers-table row', report.customersTable.customersWithoutRow]);
  }
  sheet.table({ name: 'CXQualitySummary', title: 'Summary', header: ['Check', 'Count'], rows: summary, formats: ['@', FORMAT.count] });
  sheet.table({
    name: 'CXQualityColumns', title: 'Columns: empty and unreadable values (rows counted from the first data row)',
    header: ['Role', 'Column', 'Empty', 'First empty row', 'Unreadable', 'First unreadable row'],
    rows: q.columns.map((c) => [c.role, c.header, c.empty, c.firstEmptyRow ?? '', c.unparseable, c.firstUnparseableRow ?? '']),
    formats: ['@', '@', FORMAT.count, '0', FORMAT.count, '0'],
  });
  const inconsistent = Object.entries(q.inconsistentAttributes);
  if (inconsistent.length) {
    sheet.table({
      name: 'CXQualityAttributes', title: 'Customers whose attribute differs across their rows (the most frequent value is used)',
      header: ['Attribute', 'Customers'], rows: inconsistent, formats: ['@', FORMAT.count],
    });
  }
  if (q.outOfRange.length) {
    sheet.table({ name: 'CXQualityRanges', title: 'Values out of range', header: ['Column', 'Rule', 'Count'], rows: q.outOfRange.map((o) => [o.column, o.rule, o.count]), formats: ['@', '@', FORMAT.count] });
  }
  if (q.returnsOnlySample.length) {
    sheet.table({ name: 'CXQualityReturnsOnly', title: 'Customers with returns only (first 20)', header: ['Customer'], rows: q.returnsOnlySample.map((id) => [id]), formats: ['@'] });
  }
  return sheet.done();
}
