import { AnalyzeInputs, AnalyzeOptions, CellValue, ColumnMapping, Kpis, Report, SegmentSummaryRow, analyzeTable, ruleTableWarnings } from '../analytics';
import { PlanOptions, planReportInTurns, uniqueTableNames } from './plan';
import { OnProgress, Progress } from './progress';
import { RowSink, SourceChoice, readNamedTable, readSourceData } from './read-source';
import { readSheetRules } from './read-rules';
import { checkSourceWritable, explainExcelError } from './check-source';
import { checkOutputSheets, keepPlan, tableNamesOutside, undoPlan, writePlan } from './write-plan';
import { placeSegmentColumns, undoSegmentColumns, writeSegmentColumns } from './write-segment-columns';
import { throwIfCancelled } from './cancel';
import { userColumnCount } from './plan';
import { a1 } from './a1';
import { nextTask } from './next-task';

export interface AnalyzeSummary {
  source: { sheetName: string; address: string; rows: number; tableName?: string };
  /** The sheets written, the dashboard first. */
  sheets: string[];
  customers: number;
  skippedRows: number;
  asOfDate: string;
  kpis: Kpis;
  /** The main scheme's segment summary. */
  segments: SegmentSummaryRow[];
  narrative: string[];
  /** What is wrong with the user's own rules from CX Rules, when the run used them (the built-ins' quirks are published). */
  ruleWarnings: string[];
  /** The same data for the next run, whatever is selected then: the table, or the range's top-left cell (its region). */
  rerun: SourceChoice;
}

/** Whether the host draws treemap charts (ExcelApi 1.9); else the plan's bar chart stands in. */
function hostHasTreemaps(): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', '1.9') === true;
}

/**
 * One analysis: the rows arrive as they are read (a block at a time, header row first), then
 * the report is asked for; `close` ends it either way. The pane runs it in a Web Worker, so
 * neither the analysis nor a million rows' cells stay on the pane's thread.
 */
export interface AnalysisSession extends RowSink {
  report(options: AnalyzeOptions & { mapping?: ColumnMapping }, inputs: AnalyzeInputs, signal?: AbortSignal): Promise<Report>;
  close(): void;
}

/** Starts an analysis session. */
export type ComputeReport = () => AnalysisSession;

/** The analysis in this thread: the rows are kept until the report is asked for. */
export const analyzeHere: ComputeReport = () => {
  let rows: CellValue[][] = [];
  return {
    add: async (block) => {
      for (const row of block) rows.push(row);
    },
    report: async (options, inputs) => analyzeTable(rows, options, inputs),
    close: () => {
      rows = [];
    },
  };
};

/** The one-click run: read the data under the selection, analyze it, add segment columns beside it, write the CX sheets. */
export interface AnalyzeWorkbookOptions {
  onProgress?: OnProgress;
  analyze?: AnalyzeOptions & { mapping?: ColumnMapping };
  sheets?: PlanOptions['sheets'];
  /** Schemes that get a segment column of their own beside the data, besides the main one. */
  extraSchemes?: string[];
  /** Apply the user's edits to the main scheme's rules on the CX Rules sheet. */
  useSheetRules?: boolean;
  /** The name of an Excel table of customers (age, gender, …) to join on customer id. */
  customersTable?: string;
  /** The data to analyze; default the table or region under the selection. */
  source?: SourceChoice;
  /** Whether the CX sheets get charts (default true). */
  charts?: boolean;
  /** Cancel: checked between blocks; a cancelled run puts the workbook back as it was. */
  signal?: AbortSignal;
  /** Where the analysis runs (default: here, in this thread). */
  compute?: ComputeReport;
}

export async function analyzeWorkbook(options: AnalyzeWorkbookOptions = {}): Promise<AnalyzeSummary> {
  try {
    return await run(options);
  } catch (e) {
    throw explainExcelError(e);
  }
}

function run(options: AnalyzeWorkbookOptions): Promise<AnalyzeSummary> {
  const { signal } = options;
  // Where a cancel takes effect: between blocks and steps. The pane hears it at once, before the undo.
  const stopIfCancelled = () => {
    if (signal?.aborted) options.onProgress?.({ step: 'cancelling' });
    throwIfCancelled(signal);
  };
  const onProgress = (p: Progress) => {
    stopIfCancelled();
    options.onProgress?.(p);
  };
  return Excel.run(async (context) => {
    const session = (options.compute ?? analyzeHere)();
    try {
      return await runWith(context, session, options, onProgress, stopIfCancelled);
    } finally {
      session.close();
    }
  });
}

/** The run's steps, its rows going to `session` as they are read. */
async function runWith(
  context: Excel.RequestContext, session: AnalysisSession, options: AnalyzeWorkbookOptions, onProgress: OnProgress, stopIfCancelled: () => void,
): Promise<AnalyzeSummary> {
  const { signal } = options;
  const source = await readSourceData(context, onProgress, undefined, options.source, session);
  onProgress({ step: 'computing' });
  const analyze = { ...options.analyze };
  if (options.useSheetRules) {
    const mine = await readSheetRules(context, analyze.scheme ?? 'rfm');
    analyze.ruleTables = [...(analyze.ruleTables ?? []), mine];
  }
  const extraSchemes = (options.extraSchemes ?? []).filter((s) => s !== (analyze.scheme ?? 'rfm'));
  const customersTable = options.customersTable ? await readNamedTable(context, options.customersTable) : undefined;
  const report = await session.report(analyze, { customersTable }, signal);
  stopIfCancelled();
  const treemap = hostHasTreemaps();
  const label = `${source.sheetName}!${a1(source.rowIndex, source.columnIndex, source.values.length, userColumnCount(source))}`;
  // A sheet at a time, letting the pane paint in between: on a million rows each is a long step.
  const plan = await planReportInTurns(report, { source: label, treemap, sheets: options.sheets, charts: options.charts }, nextTask);
  // Every check that can stop the run comes before the first write.
  const outputs = await checkOutputSheets(context, plan.sheets.map((s) => s.name));
  await checkSourceWritable(context, source);
  uniqueTableNames(plan.sheets, await tableNamesOutside(context, outputs.replace));
  const place = await placeSegmentColumns(context, source, extraSchemes);
  stopIfCancelled();
  const written = await writePlan(context, plan, outputs, { treemap, onProgress, beforeBlock: stopIfCancelled });
  const parts = plan.sheets.length + 1;
  try {
    onProgress({ step: 'writing', sheet: source.sheetName, part: parts, parts });
    await writeSegmentColumns(context, source, report, place, extraSchemes, stopIfCancelled);
  } catch (e) {
    await undoSegmentColumns(context, source, place).catch(() => undefined);
    await undoPlan(context, written, outputs);
    throw e;
  }
  await keepPlan(context, written);
  return {
    source: { sheetName: source.sheetName, address: source.address, rows: source.values.length - 1, tableName: source.tableName },
    sheets: written.sheets,
    customers: report.customers.length,
    skippedRows: report.quality.skippedRows,
    asOfDate: report.asOfDate,
    kpis: report.sections!.kpis,
    segments: report.sections!.segmentSummaries[report.options.scheme],
    narrative: report.sections!.narrative,
    ruleWarnings: options.useSheetRules ? ruleTableWarnings(report.options.ruleTables[report.options.scheme], report.options.bins) : [],
    rerun: source.tableName ? { tableName: source.tableName } : { sheetName: source.sheetName, address: a1(source.rowIndex, source.columnIndex) },
  };
}

/** Shows one of the written sheets (the task pane's links). */
export async function activateSheet(name: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}
