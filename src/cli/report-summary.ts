import { Report } from '../analytics';
import { CUSTOMERS_PLAN_SHEET, WorkbookPlan, segmentColumnNames } from '../workbook/plan';

const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string) => `${count(n)} ${one}${n === 1 ? '' : 's'}`;

/** What the report workbook holds, a line per sheet, for the person who ran the command. */
export function workbookSummary(path: string, report: Report, plan: WorkbookPlan, data: { sheet: string; rows: number } | undefined, extraSchemes: readonly string[]): string[] {
  const lines: { name: string; what: string }[] = [];
  if (data) lines.push({ name: data.sheet, what: `${plural(data.rows, 'row')} of input with ${segmentColumnNames(extraSchemes).join(', ')}` });
  for (const sheet of plan.sheets) {
    const tables = sheet.blocks.filter((b) => b.kind === 'table').length;
    const parts = [plural(tables, 'table'), ...(sheet.charts.length ? [plural(sheet.charts.length, 'chart')] : [])];
    if (sheet.name === CUSTOMERS_PLAN_SHEET) parts.unshift(plural(report.customers.length, 'customer'));
    lines.push({ name: sheet.name, what: parts.join(', ') });
  }
  const width = Math.max(...lines.map((l) => l.name.length));
  const charts = plan.sheets.reduce((n, s) => n + s.charts.length, 0);
  return [
    `Wrote ${path}`,
    ...lines.map((l) => `  ${l.name.padEnd(width)}  ${l.what}`),
    `  ${plural(report.customers.length, 'customer')} scored as of ${report.asOfDate}; ${plural(charts, 'native chart')} in all`,
  ];
}
