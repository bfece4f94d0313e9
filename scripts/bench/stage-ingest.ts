/**
 * Stage `ingest`: `ingestTransactions(mapTable(values).columns)` over rows × 8 Excel-style cells
 * against a loop that reads every cell once. Dates as serial numbers (what Excel hands over) are
 * judged; dates as ISO text are printed beside them. Printed too: the main thread's CPU time of
 * both (wall time on a shared machine includes waiting for a core), and `ingest-output`, what
 * allocating and writing ingest's typed columns costs by itself on this machine.
 */
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { CellValue, Transactions, ingestTransactions, mapTable } from '../../src/analytics';
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

type Column = Int8Array | Int16Array | Int32Array | Uint8Array | Float64Array;
type ColumnType = { new (length: number): Column; BYTES_PER_ELEMENT: number };

/** The types of the columns ingest returned: the row columns, then each attribute's codes or values. */
export function outputColumnTypes(tx: Transactions): ColumnType[] {
  const attributes = Object.values(tx.attributes).map((a) => (a.kind === 'category' ? a.codes : a.values));
  return [tx.customer, tx.day, tx.amount, tx.order, tx.isReturn, ...attributes].map((c) => c.constructor as ColumnType);
}

/**
 * The floor of any ingest that returns fresh typed columns: columns of the types ingest returned
 * (`types`; 33 bytes a row for this workload), each element written once, nothing read. Fresh
 * memory is paid for at first touch (a page fault per 4 KB).
 */
export function writeOutputColumns(rows: number, types: ColumnType[]): number {
  let acc = 0;
  for (const type of types) {
    // fill, not a loop of stores: one loop over five array types stored megamorphically (~35 ns each).
    const column = new type(rows).fill(7);
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

/** One ingest's rows used and column types; the columns themselves let go before the timed runs. */
function firstIngest(values: readonly (readonly CellValue[])[]) {
  const tx = ingestValues(values);
  return { used: tx.quality.usedRows, output: outputColumnTypes(tx) };
}

async function measure(rows: number, w: Workload, dates: DateCells, repeats: Repeats): Promise<void> {
  const values = toValues(w, dates);
  collectGarbage();
  const { used, output } = firstIngest(values);
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
    const floor = await pairedMedians(() => writeOutputColumns(rows, output), () => readEveryCell(values), repeats);
    line('ingest-output', { rows, bytes_per_row: output.reduce((sum, type) => sum + type.BYTES_PER_ELEMENT, 0), median_ms: floor.wall[0], baseline: 'read-every-cell', ratio: floor.wall[0] / floor.wall[1], baseline_ms: floor.wall[1], ...cpuFields(floor.cpu) });
  }
}

/**
 * The kernel adds a thread's CPU time to schedstat at ticks and switches, not at each read: runs
 * shorter than a few ticks read 0 or a tick's worth (seen: 0 ms for a 10 ms busy loop), so CPU
 * figures under this are left out rather than printed as a ratio of noise.
 */
const CPU_RESOLUTION_MS = 20;

function cpuFields(cpu: [number, number] | undefined): Fields {
  if (!cpu) return {};
  if (Math.min(...cpu) < CPU_RESOLUTION_MS) return { cpu: 'below-resolution' };
  return { cpu_ms: cpu[0], baseline_cpu_ms: cpu[1], cpu_ratio: cpu[0] / cpu[1] };
}

export async function ingestStage(rows: number, w: Workload, repeats: Repeats): Promise<void> {
  await measure(rows, w, 'serial', repeats);
  await measure(rows, w, 'iso', repeats);
}
