import { activateSheet, analyzeWorkbook, describeSources, previewSource } from '../workbook';
import type { AnalyzeSummary, AnalyzeWorkbookOptions, SourceChoice, SourcePreview, WorkbookSources } from '../workbook';

/** What the pane asks of the workbook: the Office.js calls live behind this, in src/workbook. */
export interface WorkbookApi {
  describeSources(): Promise<WorkbookSources>;
  previewSource(choice?: SourceChoice): Promise<SourcePreview>;
  analyze(options: AnalyzeWorkbookOptions): Promise<AnalyzeSummary>;
  openSheet(name: string): void;
}

export const excelWorkbook: WorkbookApi = {
  describeSources,
  previewSource: (choice) => previewSource(choice),
  analyze: analyzeWorkbook,
  openSheet: (name) => void activateSheet(name),
};
