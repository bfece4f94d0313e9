import { AnalysisError } from '../analytics/errors';
import type { AnalysisSession, ComputeReport } from '../workbook/run';
import { RunCancelledError } from '../workbook/cancel';
import type { CellValue, Report } from '../analytics';
import type { WorkerReply, WorkerRequest } from './worker-messages';
import { nextTask } from '../workbook/next-task';

/** Rows per message: cloning 20,000 rows of 8 cells took the pane's thread for 120–200 ms. */
const CHUNK_ROWS = 5_000;

/** The worker's replies: the report's parts gathered, until the report or an error. */
function listen(worker: Worker) {
  const customers: Report['customers'] = [];
  let sections: Report['sections'];
  let settle: ((m: Extract<WorkerReply, { type: 'report' | 'error' }>) => void) | undefined;
  let fail: ((e: Error) => void) | undefined;
  const done = new Promise<Extract<WorkerReply, { type: 'report' | 'error' }>>((resolve, reject) => ((settle = resolve), (fail = reject)));
  done.catch(() => undefined); // awaited when the report is asked for; until then a failure must not count as unhandled
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    const m = e.data;
    if (m.type === 'customers') for (const c of m.customers) customers.push(c);
    else if (m.type === 'sections') sections = m.sections;
    else settle!(m);
  };
  worker.onerror = (e) => fail!(new Error(`The analysis stopped: ${e.message || 'its worker failed to load'}.`));
  return { done, fail: fail!, parts: () => ({ customers, sections }) };
}

/**
 * The analysis in a Web Worker, so the pane keeps painting and Cancel stays clickable while
 * a million rows are computed, and the rows' cells go to the worker as each block is read
 * instead of piling up on the pane's heap. Cancel (or any failure) ends the worker at once.
 * Where the host allows no worker, the analysis runs in this thread as before.
 */
export function analyzeInWorker(fallback: ComputeReport): ComputeReport {
  return (): AnalysisSession => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./analyze.worker.ts', import.meta.url));
    } catch {
      return fallback();
    }
    const send = (m: WorkerRequest) => worker.postMessage(m);
    const replies = listen(worker);
    return {
      async add(rows: CellValue[][]) {
        for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
          send({ type: 'rows', rows: rows.slice(start, start + CHUNK_ROWS) });
          await nextTask();
        }
      },
      async report(options, inputs, signal) {
        signal?.addEventListener('abort', () => replies.fail(new RunCancelledError()), { once: true });
        if (signal?.aborted) throw new RunCancelledError();
        send({ type: 'analyze', options, inputs });
        const result = await replies.done;
        if (result.type === 'report') return { ...result.report, ...replies.parts() };
        throw result.name === 'AnalysisError' ? new AnalysisError(result.message) : new Error(result.message);
      },
      close: () => worker.terminate(),
    };
  };
}
