import type { AnalyzeInputs, AnalyzeOptions, CellValue, ColumnMapping, Report } from '../analytics';

/** Pane → worker: rows in order, then the request to analyze them. */
export type WorkerRequest =
  | { type: 'rows'; rows: CellValue[][] }
  | { type: 'analyze'; options: AnalyzeOptions & { mapping?: ColumnMapping }; inputs: AnalyzeInputs };

/** Worker → pane: the report, or the engine's error by name and message. */
export type WorkerReply = { type: 'report'; report: Report } | { type: 'error'; name: string; message: string };
