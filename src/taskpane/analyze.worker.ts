// The analysis off the pane's UI thread: rows arrive in chunks (so no single message clones a
// million rows on the UI thread), then one request runs the engine and posts the report back.
import { CellValue } from '../analytics/cells';
import { analyzeTable } from '../analytics/analyze';
import type { WorkerRequest, WorkerReply } from './worker-messages';

let rows: CellValue[][] = [];

const reply = (message: WorkerReply) => (self as unknown as { postMessage: (m: WorkerReply) => void }).postMessage(message);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const m = event.data;
  if (m.type === 'rows') {
    for (const row of m.rows) rows.push(row);
    return;
  }
  try {
    const report = analyzeTable(rows, m.options, m.inputs);
    rows = [];
    reply({ type: 'report', report });
  } catch (e) {
    reply({ type: 'error', name: (e as Error).name, message: (e as Error).message });
  }
};
