import { AnalysisError } from '../analytics/errors';
import type { ComputeReport } from '../workbook/run';
import { RunCancelledError } from '../workbook/cancel';
import type { Report } from '../analytics';
import type { WorkerReply, WorkerRequest } from './worker-messages';
import { nextTask } from '../workbook/next-task';

/** Rows per message: each clone stays a few milliseconds of the UI thread's time. */
const CHUNK_ROWS = 20_000;


/**
 * The analysis in a Web Worker, so the pane keeps painting and Cancel stays clickable while
 * a million rows are computed; Cancel ends the worker at once. Where the host allows no
 * worker, the analysis runs in this thread as before.
 */
export function analyzeInWorker(fallback: ComputeReport): ComputeReport {
  return async (values, options, inputs, signal) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./analyze.worker.ts', import.meta.url));
    } catch {
      return fallback(values, options, inputs, signal);
    }
    try {
      const send = (m: WorkerRequest) => worker.postMessage(m);
      const customers: Report['customers'] = [];
      let sections: Report['sections'];
      const done = new Promise<Extract<WorkerReply, { type: 'report' | 'error' }>>((resolve, reject) => {
        worker.onmessage = (e: MessageEvent<WorkerReply>) => {
          const m = e.data;
          if (m.type === 'customers') for (const c of m.customers) customers.push(c);
          else if (m.type === 'sections') sections = m.sections;
          else resolve(m);
        };
        worker.onerror = (e) => reject(new Error(`The analysis stopped: ${e.message || 'its worker failed to load'}.`));
        signal?.addEventListener('abort', () => reject(new RunCancelledError()), { once: true });
      });
      done.catch(() => undefined); // awaited below; until then a cancel must not count as unhandled
      for (let start = 0; start < values.length; start += CHUNK_ROWS) {
        if (signal?.aborted) throw new RunCancelledError();
        send({ type: 'rows', rows: values.slice(start, start + CHUNK_ROWS) });
        await nextTask();
      }
      send({ type: 'analyze', options, inputs });
      const result = await done;
      if (result.type === 'report') return { ...result.report, customers, sections };
      throw result.name === 'AnalysisError' ? new AnalysisError(result.message) : new Error(result.message);
    } finally {
      worker.terminate();
    }
  };
}
