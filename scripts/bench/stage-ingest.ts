/**
 * Stage `ingest`: `ingestTransactions(mapTable(values).columns)` over rows × 8 Excel-style cells
 * against a loop that reads every cell once. Dates as serial numbers (what Excel hands over) are
 * judged; dates as ISO text are printed beside them.
 */
import { CellValue, ingestTransactions, mapTable } from '../../src/analytics';
import { DateCells, Workload, toValues } from './workload';
import { Repeats, collectGarbage, pairedMedianMs } from './timing';
import { line, target } from './report';
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

export function ingestValues(values: readonly (readonly CellValue[])[]) {
  return ingestTransactions(mapTable(values).columns);
}

async function measure(rows: number, w: Workload, dates: DateCells, repeats: Repeats): Promise<void> {
  const values = toValues(w, dates);
  collectGarbage();
  const used = ingestValues(values).quality.usedRows;
  if (used !== rows) throw new Error(`ingest used ${used} of ${rows} rows (${dates} dates)`);
  const [ingestMs, loopMs] = await pairedMedianMs(() => ingestValues(values), () => readEveryCell(values), repeats);
  const ratio = ingestMs / loopMs;
  const judged = dates === 'serial' && rows >= TARGET_ROWS ? target(`ingest rows=${rows} ingest_ms/loop_ms`, ratio, '<=', INGEST_TARGET_RATIO) : {};
  const stage = dates === 'serial' ? 'ingest' : 'ingest-iso';
  line(stage, { rows, median_ms: ingestMs, baseline: 'read-every-cell', ratio, baseline_ms: loopMs, columns: values[0].length, ...judged });
}

export async function ingestStage(rows: number, w: Workload, repeats: Repeats): Promise<void> {
  await measure(rows, w, 'serial', repeats);
  await measure(rows, w, 'iso', repeats);
}
