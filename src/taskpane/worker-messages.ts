import type { AnalyzeInputs, AnalyzeOptions, CellValue, ColumnMapping, Report } from '../analytics';

/** Pane → worker: rows in order, then the request to analyze them. */
export type WorkerRequest =
  | { type: 'rows'; rows: CellValue[][] }
  | { type: 'analyze'; options: AnalyzeOptions & { mapping?: ColumnMapping }; inputs: AnalyzeInputs };

/**
 * Worker → pane: the report in parts, each message a task of its own on the pane's thread
 * (one message of a million-row report took the pane away for most of a second): customers in
 * chunks, the sections, then the rest (without rowSegments: see analyze.worker.ts). Or the
 * engine's error by name and message.
 */
export type WorkerReply =
  | { type: 'customers'; customers: Report['customers'] }
  | { type: 'sections'; sections: Report['sections'] }
  | { type: 'report'; report: Report }
  | { type: 'error'; name: string; message: string };
