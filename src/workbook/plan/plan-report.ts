import { Report } from '../../analytics';
import { planBreakdowns } from './breakdowns-sheet';
import { customerRowsInTurns, planCustomers } from './customers-sheet';
import { planDashboard } from './dashboard';
import { planQuality } from './quality-sheet';
import { planRules } from './rules-sheet';
import { PlanCell, SheetPlan, WorkbookPlan } from './types';

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

/** The sheets to plan, in order, each as a function of the report (the customers sheet: of its rows too, when made in turns). */
function sheetPlanners(report: Report, options: PlanOptions): [string, (rows?: PlanCell[][]) => SheetPlan][] {
  const want = new Set(options.sheets ?? ['dashboard', 'customers', 'breakdowns', 'quality', 'rules']);
  const planners: [string, (rows?: PlanCell[][]) => SheetPlan][] = [
    ['dashboard', () => planDashboard(report, options.source, options.treemap)],
    ['customers', (rows) => planCustomers(report, rows)],
    ['breakdowns', () => planBreakdowns(report)],
    ['quality', () => planQuality(report)],
    ['rules', () => planRules(report)],
  ];
  return planners.filter(([key]) => want.has(key));
}

function finishPlan(sheets: SheetPlan[], options: PlanOptions): WorkbookPlan {
  if (options.charts === false) for (const s of sheets) s.charts = [];
  uniqueTableNames(sheets);
  return { sheets };
}

/** The whole report as sheets, tables and charts: pure data, written by the Office.js writer or the .xlsx writer. */
export function planReport(report: Report, options: PlanOptions): WorkbookPlan {
  return finishPlan(sheetPlanners(report, options).map(([, plan]) => plan()), options);
}

/** planReport a sheet at a time, waiting on `between` after each (the pane paints meanwhile). */
export async function planReportInTurns(report: Report, options: PlanOptions, between: () => Promise<void>): Promise<WorkbookPlan> {
  const sheets: SheetPlan[] = [];
  for (const [key, plan] of sheetPlanners(report, options)) {
    // The customers sheet has a row per customer: its rows are made in turns of their own.
    sheets.push(key === 'customers' ? plan(await customerRowsInTurns(report, between)) : plan());
    await between();
  }
  return finishPlan(sheets, options);
}
