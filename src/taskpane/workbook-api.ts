import { activateSheet, analyzeWorkbook, lookAtWorkbook } from '../workbook';
import type { AnalyzeSummary, AnalyzeWorkbookOptions, SourceChoice, WorkbookLook } from '../workbook';

/** What the pane asks of the workbook: the Office.js calls live behind this, in src/workbook. */
export interface WorkbookApi {
  /** The workbook's sources and the chosen block's first rows (the one under the selection when none is chosen). */
  look(choice?: SourceChoice): Promise<WorkbookLook>;
  analyze(options: AnalyzeWorkbookOptions): Promise<AnalyzeSummary>;
  openSheet(name: string): void;
}

export const excelWorkbook: WorkbookApi = {
  look: (choice) => lookAtWorkbook(choice),
  analyze: analyzeWorkbook,
  openSheet: (name) => void activateSheet(name),
};
