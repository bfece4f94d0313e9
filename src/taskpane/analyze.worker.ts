// The analysis off the pane's UI thread: rows arrive in chunks (so no single message clones a
// million rows on the UI thread), then one request runs the engine and posts the report back.
import { CellValue } from '../analytics/cells';
import { analyzeTable } from '../analytics/analyze';
import type { WorkerRequest, WorkerReply } from './worker-messages';

let rows: CellValue[][] = [];

const CUSTOMERS_PER_MESSAGE = 10_000;

const reply = (message: WorkerReply, transfer: Transferable[] = []) =>
  (self as unknown as { postMessage: (m: WorkerReply, t: Transferable[]) => void }).postMessage(message, transfer);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const m = event.data;
  if (m.type === 'rows') {
    for (const row of m.rows) rows.push(row);
    return;
  }
  try {
    const report = analyzeTable(rows, m.options, m.inputs);
    const { customers, sections, rowCustomer, ...rest } = report;
    rows = [];
    for (let i = 0; i < customers.length; i += CUSTOMERS_PER_MESSAGE) reply({ type: 'customers', customers: customers.slice(i, i + CUSTOMERS_PER_MESSAGE) });
    reply({ type: 'sections', sections });
    // One segment string per input row is the costliest part of the report to clone back onto
    // the pane's thread, and the workbook writes segment columns from rowCustomer instead. The
    // per-customer columns are not enumerable, so a spread leaves them out: they go by name
    // (typed arrays, a few hundred KB at 80,000 customers; the table keeps them, so not transferred).
    const { customerSegmentCodes, segmentNames, customerScores } = report;
    reply({
      type: 'report',
      report: { ...rest, customers: [], rowCustomer, rowSegments: [], customerSegments: [], customerSegmentCodes, segmentNames, customerScores },
    }, [rowCustomer.buffer]);
  } catch (e) {
    reply({ type: 'error', name: (e as Error).name, message: (e as Error).message });
  }
};
