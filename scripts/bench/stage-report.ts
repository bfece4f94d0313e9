/**
 * Stage `report`: the whole one-click analysis, `analyzeTransactions(tx)` with every report
 * section and every built-in scheme, against the RFM pipeline (rfm-js.ts) in one paired series.
 * Target (issue 8): at most 2× the RFM pipeline at 1,000,000 rows.
 */
import { Transactions, analyzeTransactions } from '../../src/analytics';
import { jsRfm } from './rfm-js';
import { Repeats, median, pairedMedianMs } from './timing';
import { reportSteps } from './report-steps';
import { failure, line, target } from './report';
import { TARGET_ROWS } from './stage-rfm';

export const REPORT_TARGET_RATIO = 2;

/** The report's customers must carry the same scores and rfm segments as the pipeline's table. */
function checkSameScores(rows: number, tx: Transactions): boolean {
  const report = analyzeTransactions(tx);
  const { table } = jsRfm(tx);
  let diff: string | undefined;
  if (report.customers.length !== table.size) diff = `customers ${report.customers.length} vs ${table.size}`;
  for (let i = 0; !diff && i < table.size; i++) {
    const c = report.customers[i];
    const same = c.customer === table.ids[i] && c.r === table.r[i] && c.f === table.f[i] && c.m === table.m[i] && c.segments.rfm === table.segments.rfm[i];
    if (!same) diff = `customer ${String(table.ids[i])}: report ${c.r}${c.f}${c.m} ${c.segments.rfm} vs pipeline ${table.r[i]}${table.f[i]}${table.m[i]} ${table.segments.rfm[i]}`;
  }
  line('check', { rows, implementations: 'report,rfm-pipeline', customers: table.size, identical: !diff });
  if (diff) failure(`rows=${rows}: report and rfm pipeline differ: ${diff}`);
  return !diff;
}

export async function reportStage(rows: number, tx: Transactions, repeats: Repeats): Promise<void> {
  if (!checkSameScores(rows, tx)) return;
  const [reportMs, rfmMs] = await pairedMedianMs(() => analyzeTransactions(tx), () => jsRfm(tx), repeats);
  const ratio = reportMs / rfmMs;
  const judged = rows >= TARGET_ROWS ? target(`report rows=${rows} report_ms/rfm_ms`, ratio, '<=', REPORT_TARGET_RATIO) : {};
  line('report', { rows, median_ms: reportMs, baseline: 'rfm-pipeline', ratio, baseline_ms: rfmMs, ...judged });
  const times: Record<string, number[]> = {};
  for (let i = 0; i < repeats.warmup + repeats.runs; i++) reportSteps(tx, times);
  for (const [step, all] of Object.entries(times)) line('report-step', { rows, step: JSON.stringify(step), median_ms: median(all.slice(-repeats.runs)) });
}
