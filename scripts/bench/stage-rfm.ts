/**
 * Stage `rfm`: the RFM pipeline from typed columns in JS (src/analytics), DuckDB and arquero.
 * The three must agree per customer before any of them is timed; JS and each baseline run
 * alternately, and each ratio comes from one such paired series.
 */
import { Transactions } from '../../src/analytics';
import { arqueroResult, arqueroRfm, arqueroTable } from './rfm-arquero';
import { duckResult, duckRfm, openDuckDb } from './rfm-duckdb';
import { jsResult, jsRfm } from './rfm-js';
import { firstDifference } from './rfm-result';
import { Repeats, median, pairedMedianMs } from './timing';
import { failure, line, target } from './report';

/** Targets are judged at this size (issue 8); smaller runs only print their figures. */
export const TARGET_ROWS = 1_000_000;
export const DUCKDB_TARGET_RATIO = 3;

type Duck = Awaited<ReturnType<typeof openDuckDb>>;
type ArqueroTable = ReturnType<typeof arqueroTable>;

/** Per-customer R, F, M, scores, segments and return rates, the top 100 and the overall rate. */
async function checkIdentical(rows: number, tx: Transactions, duck: Duck, aqTable: ArqueroTable): Promise<boolean> {
  const js = jsResult(jsRfm(tx));
  const differences = {
    duckdb: firstDifference(js, await duckResult(duck)),
    arquero: firstDifference(js, arqueroResult(aqTable)),
  };
  const identical = !differences.duckdb && !differences.arquero;
  line('check', { rows, implementations: 'js,duckdb,arquero', customers: js.customers.length, identical });
  for (const [name, diff] of Object.entries(differences)) if (diff) failure(`rows=${rows}: js and ${name} differ: ${diff}`);
  return identical;
}

/** Median per-step times of the timed JS runs (the warm-up runs left out). */
function printSteps(rows: number, times: Record<string, number[]>, runs: number): void {
  for (const [step, all] of Object.entries(times)) line('rfm-step', { rows, step, median_ms: median(all.slice(-runs)) });
}

export async function rfmStage(rows: number, tx: Transactions, fast: Repeats, slow: Repeats): Promise<void> {
  const duck = await openDuckDb(tx);
  const aqTable = arqueroTable(tx);
  try {
    if (!(await checkIdentical(rows, tx, duck, aqTable))) return;
    const times: Record<string, number[]> = {};
    const [jsMs, duckMs] = await pairedMedianMs(() => jsRfm(tx, times), () => duckRfm(duck), fast);
    const [jsMs2, aqMs] = await pairedMedianMs(() => jsRfm(tx), () => arqueroRfm(aqTable), slow);
    const duckRatio = duckMs / jsMs;
    const judged = rows >= TARGET_ROWS ? target(`rfm rows=${rows} duckdb_ms/js_ms`, duckRatio, '>=', DUCKDB_TARGET_RATIO) : {};
    line('rfm', { rows, median_ms: jsMs, baseline: 'duckdb', ratio: duckRatio, baseline_ms: duckMs, ...judged });
    line('rfm', { rows, median_ms: jsMs2, baseline: 'arquero', ratio: aqMs / jsMs2, baseline_ms: aqMs });
    printSteps(rows, times, fast.runs);
  } finally {
    duck.close();
  }
}
