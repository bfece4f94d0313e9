/**
 * Stage `functions`: `=CX.SEGMENT.RFM(customers, dates, amounts, orders)` (src/functions) over
 * 100,000 rows of one-column ranges as Excel passes them, against the core analysis of the same
 * columns (`analyzeColumns`, customers and the one scheme's segments, as the function asks for). What the
 * function adds is argument checking, the empty-tail cut and shaping the spilled result.
 * Target (issue 8): under 1.5× the core.
 */
import { CellValue, ColumnRef, analyzeColumns } from '../../src/analytics';
import { segmentRfm } from '../../src/functions/functions';
import { Workload, toValues } from './workload';
import { Repeats, pairedMedianMs } from './timing';
import { failure, line, target } from './report';

export const FUNCTIONS_ROWS = 100_000;
export const FUNCTIONS_TARGET_RATIO = 1.5;

/** CustomFunctions is Excel's global; the function only reaches it to report an error. */
function installCustomFunctions(): void {
  const g = globalThis as { CustomFunctions?: unknown };
  g.CustomFunctions ??= { Error: class extends Error {}, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } };
}

export async function functionsStage(w: Workload, repeats: Repeats): Promise<void> {
  installCustomFunctions();
  const values = toValues(w, 'serial').slice(1, FUNCTIONS_ROWS + 1);
  const rows = values.length;
  const column = (c: number): CellValue[][] => values.map((row) => [row[c]]);
  const [customers, orders, dates, amounts] = [column(0), column(1), column(2), column(4)];
  const ref = (range: CellValue[][]): ColumnRef => ({ rows: range, col: 0, start: 0, end: range.length });
  // The same analysis the function asks for: its one scheme, no report sections.
  const core = () => analyzeColumns({ customer: ref(customers), date: ref(dates), amount: ref(amounts), order: ref(orders) }, { schemes: [] }, { sections: false });
  const fn = () => segmentRfm(customers, dates, amounts, orders);

  const expected = core().rowSegments;
  const got = fn();
  const bad = got.findIndex((row, i) => row[0] !== expected[i]);
  const identical = got.length === expected.length && bad < 0;
  line('check', { rows, implementations: 'CX.SEGMENT.RFM,core', identical });
  if (!identical) return failure(`functions rows=${rows}: CX.SEGMENT.RFM and the core differ at row ${bad + 1}`);

  const [fnMs, coreMs] = await pairedMedianMs(fn, core, repeats);
  const ratio = fnMs / coreMs;
  line('functions', {
    rows, median_ms: fnMs, baseline: 'core-analyzeColumns', ratio, baseline_ms: coreMs,
    ...target(`functions rows=${rows} CX.SEGMENT.RFM_ms/core_ms`, ratio, '<=', FUNCTIONS_TARGET_RATIO),
  });
}
