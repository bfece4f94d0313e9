import { Report } from '../../analytics';
import { planBreakdowns } from './breakdowns-sheet';
import { planCustomers } from './customers-sheet';
import { planDashboard } from './dashboard';
import { planQuality } from './quality-sheet';
import { planRules } from './rules-sheet';
import { SheetPlan, WorkbookPlan } from './types';

export interface PlanOptions {
  /** Where the data came from, for the dashboard's title ("Orders!A1:H42482"). */
  source: string;
  /** Whether the host draws treemaps (ExcelApi 1.9); else a bar chart. */
  treemap: boolean;
  /** Which sheets to write (default all). */
  sheets?: ('dashboard' | 'customers' | 'breakdowns' | 'quality' | 'rules')[];
  /** Whether the sheets get their charts (default true). */
  charts?: boolean;
}

/** Table names are unique in a workbook, ignoring case: number any repeat, of the plan's or of the user's tables. */
export function uniqueTableNames(sheets: SheetPlan[], taken: readonly string[] = []): void {
  const seen = new Map<string, number>(taken.map((t) => [t.toLowerCase(), 1]));
  for (const sheet of sheets) {
    for (const b of sheet.blocks) {
      if (b.kind !== 'table') continue;
      const key = b.name.toLowerCase();
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      if (n > 1) {
        const renamed = `${b.name}_${n}`;
        for (const c of sheet.charts) if (c.table === b.name) c.table = renamed;
        b.name = renamed;
      }
    }
  }
}

/** The whole report as sheets, tables and charts: pure data, written by the Office.js writer or the .xlsx writer. */
export function planReport(report: Report, options: PlanOptions): WorkbookPlan {
  const want = new Set(options.sheets ?? ['dashboard', 'customers', 'breakdowns', 'quality', 'rules']);
  const sheets: SheetPlan[] = [];
  if (want.has('dashboard')) sheets.push(planDashboard(report, options.source, options.treemap));
  if (want.has('customers')) sheets.push(planCustomers(report));
  if (want.has('breakdowns')) sheets.push(planBreakdowns(report));
  if (want.has('quality')) sheets.push(planQuality(report));
  if (want.has('rules')) sheets.push(planRules(report));
  if (options.charts === false) for (const s of sheets) s.charts = [];
  uniqueTableNames(sheets);
  return { sheets };
}
