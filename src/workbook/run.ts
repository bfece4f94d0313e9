import { AnalyzeOptions, ColumnMapping, analyzeTable } from '../analytics';
import { PlanOptions, planReport } from './plan';
import { OnProgress } from './progress';
import { readSourceData } from './read-source';
import { checkOutputSheets, writePlan } from './write-plan';
import { writeSegmentColumns } from './write-segment-columns';
import { userColumnCount } from './plan';
import { a1 } from './a1';

export interface AnalyzeSummary {
  source: { sheetName: string; address: string; rows: number; tableName?: string };
  /** The sheets written, the dashboard first. */
  sheets: string[];
  customers: number;
  skippedRows: number;
  asOfDate: string;
}

/** Whether the host draws treemap charts (ExcelApi 1.9); else the plan's bar chart stands in. */
function hostHasTreemaps(): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', '1.9') === true;
}

/** The one-click run: read the data under the selection, analyze it, add segment columns beside it, write the CX sheets. */
export async function analyzeWorkbook(
  options: { onProgress?: OnProgress; analyze?: AnalyzeOptions & { mapping?: ColumnMapping }; sheets?: PlanOptions['sheets'] } = {},
): Promise<AnalyzeSummary> {
  return Excel.run(async (context) => {
    const source = await readSourceData(context, options.onProgress);
    options.onProgress?.({ step: 'computing' });
    const report = analyzeTable(source.values, options.analyze);
    const treemap = hostHasTreemaps();
    const label = `${source.sheetName}!${a1(source.rowIndex, source.columnIndex, source.values.length, userColumnCount(source))}`;
    const plan = planReport(report, { source: label, treemap, sheets: options.sheets });
    // Every check that can stop the run comes before the first write.
    const outputs = await checkOutputSheets(context, plan.sheets.map((s) => s.name));
    options.onProgress?.({ step: 'writing', sheet: source.sheetName });
    await writeSegmentColumns(context, source, report);
    const sheets = await writePlan(context, plan, outputs, { treemap, onProgress: options.onProgress });
    return {
      source: { sheetName: source.sheetName, address: source.address, rows: source.values.length - 1, tableName: source.tableName },
      sheets,
      customers: report.customers.length,
      skippedRows: report.quality.skippedRows,
      asOfDate: report.asOfDate,
    };
  });
}
