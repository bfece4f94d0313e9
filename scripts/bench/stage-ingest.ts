/**
 * Stage `ingest`: `ingestTransactions(mapTable(values).columns)` over rows × 8 Excel-style cells
 * against a loop that reads every cell once. Dates as serial numbers (what Excel hands over) are
 * judged; dates as ISO text are printed beside them. Printed too: the main thread's CPU time of
 * both (wall time on a shared machine includes waiting for a core), and `ingest-output`, what
 * allocating and writing ingest's typed columns costs by itself on this machine.
 */
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { CellValue, ingestTransactions, mapTable } from '../../src/analytics';
import { DateCells, Workload, toValues } from './workload';
import { Repeats, collectGarbage, pairedMedians } from './timing';
import { Fields, line, target } from './report';
import { TARGET_ROWS } from './stage-rfm';

export const INGEST_TARGET_RATIO = 4;

/** The floor: touch every cell once and dispatch on its type (Σ length of typeof). */
export function readEveryCell(values: readonly (readonly CellValue[])[]): number {
  let acc = 0;
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) acc += (typeof row[c]).length;
  }
  return acc;
}

/**
 * The floor of any ingest that returns fresh typed columns: the ones ingestTransactions returns
 * for this workload (row columns, quantity, three category codes: 41 bytes a row), each element
 * written once, nothing read. Fresh memory is paid for at first touch (a page fault per 4 KB).
 */
export function writeOutputColumns(rows: number): number {
  const columns = [
    new Int32Array(rows), new Int32Array(rows), new Float64Array(rows), new Int32Array(rows), new Uint8Array(rows),
    new Float64Array(rows), new Int32Array(rows), new Int32Array(rows), new Int32Array(rows),
  ];
  let acc = 0;
  for (const column of columns) {
    for (let i = 0; i < rows; i++) column[i] = i & 7;
    acc += column[rows - 1];
  }
  return acc;
}

export function ingestValues(values: readonly (readonly CellValue[])[]) {
  return ingestTransactions(mapTable(values).columns);
}

/**
 * `fn`, recording when each call ran, and the major GCs V8 started on its own (not the bench's
 * forced ones): `marked()` counts the last `runs` calls that one landed in. With the input held,
 * such a GC marks ~210 MB, and the run that pays for it takes about twice as long
 * (docs/performance.md, finding 17).
 */
function watchMajorGcs(fn: () => unknown) {
  const calls: [number, number][] = [];
  const gcs: [number, number][] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const { kind, flags } = (e as unknown as { detail: { kind: number; flags: number } }).detail;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR && !(flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED)) gcs.push([e.startTime, e.startTime + e.duration]);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    run: () => {
      const t0 = performance.now();
      const out = fn();
      calls.push([t0, performance.now()]);
      return out;
    },
    async marked(runs: number): Promise<number> {
      await new Promise((resolve) => setTimeout(resolve, 10)); // gc entries arrive after the fact
      observer.disconnect();
      return calls.slice(-runs).filter(([a, b]) => gcs.some(([s, e]) => s < b && e > a)).length;
    },
  };
}

async function measure(rows: number, w: Workload, dates: DateCells, repeats: Repeats): Promise<void> {
  const values = toValues(w, dates);
  collectGarbage();
  const used = ingestValues(values).quality.usedRows;
  if (used !== rows) throw new Error(`ingest used ${used} of ${rows} rows (${dates} dates)`);
  const ingest = watchMajorGcs(() => ingestValues(values));
  const { wall, cpu } = await pairedMedians(ingest.run, () => readEveryCell(values), repeats);
  const marked = await ingest.marked(repeats.runs);
  const [ingestMs, loopMs] = wall;
  const ratio = ingestMs / loopMs;
  const judged = dates === 'serial' && rows >= TARGET_ROWS ? target(`ingest rows=${rows} ingest_ms/loop_ms`, ratio, '<=', INGEST_TARGET_RATIO) : {};
  const stage = dates === 'serial' ? 'ingest' : 'ingest-iso';
  line(stage, { rows, median_ms: ingestMs, baseline: 'read-every-cell', ratio, baseline_ms: loopMs, columns: values[0].length, ...judged, ...cpuFields(cpu), runs_with_major_gc: `${marked}/${repeats.runs}` });
  if (dates === 'serial') {
    const floor = await pairedMedians(() => writeOutputColumns(rows), () => readEveryCell(values), repeats);
    line('ingest-output', { rows, median_ms: floor.wall[0], baseline: 'read-every-cell', ratio: floor.wall[0] / floor.wall[1], baseline_ms: floor.wall[1], ...cpuFields(floor.cpu) });
  }
}

function cpuFields(cpu: [number, number] | undefined): Fields {
  return cpu ? { cpu_ms: cpu[0], baseline_cpu_ms: cpu[1], cpu_ratio: cpu[0] / cpu[1] } : {};
}

export async function ingestStage(rows: number, w: Workload, repeats: Repeats): Promise<void> {
  await measure(rows, w, 'serial', repeats);
  await measure(rows, w, 'iso', repeats);
}
