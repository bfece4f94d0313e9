/**
 * Stage `memory`: extra heap the JS RFM pipeline needs beyond its input (the ingested typed
 * columns). After a full GC, heapUsed + arrayBuffers is sampled after every step without
 * collecting, so the peak (judged) includes the garbage a step leaves behind, as the host would
 * see it; a second series collects before each sample (live) and the end state is `retained`.
 */
import { Transactions } from '../../src/analytics';
import { jsRfm } from './rfm-js';
import { collectGarbage, hasGc, heapBytes } from './timing';
import { failure, line, target } from './report';
import { TARGET_ROWS } from './stage-rfm';

export const MEMORY_TARGET_BYTES_PER_ROW = 64;

interface HeapRun {
  peak: number;
  retained: number;
  worstStep: string;
}

/**
 * One run with a heap probe after every step. `live`: collect before each sample, so the peak
 * is what the steps keep between them; otherwise the peak also holds their uncollected garbage.
 */
function measureOnce(tx: Transactions, live: boolean): HeapRun {
  collectGarbage();
  const base = heapBytes();
  let peak = 0;
  let worstStep = '';
  const times: Record<string, number[]> = {};
  const out = jsRfm(tx, times, () => {
    if (live) collectGarbage();
    const extra = heapBytes() - base;
    if (extra > peak) [peak, worstStep] = [extra, Object.keys(times).at(-1)!];
  });
  collectGarbage();
  const retained = heapBytes() - base;
  if (out.table.size === 0) throw new Error('no customer scored');
  return { peak, retained, worstStep };
}

const worstOf = (runs: HeapRun[]) => runs.reduce((a, b) => (b.peak > a.peak ? b : a));

export function memoryStage(rows: number, tx: Transactions, runs: number): void {
  if (!hasGc()) {
    failure('memory: global.gc is missing; run with node --expose-gc (npm run bench does)');
    return;
  }
  jsRfm(tx); // warm-up, so compiled code and interned strings are not counted as the pipeline's
  const worst = worstOf(Array.from({ length: runs }, () => measureOnce(tx, false)));
  const live = worstOf(Array.from({ length: runs }, () => measureOnce(tx, true)));
  const bytesPerRow = worst.peak / rows;
  const judged = rows >= TARGET_ROWS ? target(`memory rows=${rows} bytes_per_row`, bytesPerRow, '<=', MEMORY_TARGET_BYTES_PER_ROW) : {};
  line('memory', {
    rows, bytes_per_row: bytesPerRow, peak_extra_bytes: worst.peak, peak_after_step: worst.worstStep,
    live_bytes_per_row: live.peak / rows, live_peak_after_step: live.worstStep, retained_bytes_per_row: worst.retained / rows, ...judged,
  });
}
