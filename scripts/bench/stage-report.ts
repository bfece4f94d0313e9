/**
 * Stage `report`: the whole one-click analysis, `analyzeTransactions(tx)` with every report
 * section and every built-in scheme, against the RFM pipeline (rfm-js.ts) in one paired series.
 * Target (issue 8): at most 2× the RFM pipeline at 1,000,000 rows.
 */
import { Report, Transactions, analyzeTransactions } from '../../src/analytics';
import { jsRfm } from './rfm-js';
import { Repeats, median, pairedMedianMs } from './timing';
import { reportSteps } from './report-steps';
import { failure, line, target } from './report';
import { TARGET_ROWS } from './stage-rfm';
import { RETURNED, Workload } from './workload';

export const REPORT_TARGET_RATIO = 2;

/**
 * Revenue per product of scored customers' rows (purchases, and credit notes netted), summed from
 * the workload's own arrays in row order: what the report's products section must give. The
 * scores' check alone let through products coded wrong (docs/performance.md, finding 27).
 */
function productTotals(w: Workload): { revenue: Float64Array; sold: number } {
  const scored = new Set<number>();
  for (let i = 0; i < w.rows; i++) if (w.status[i] !== RETURNED) scored.add(w.customerId[i]);
  const revenue = new Float64Array(1 + w.product.reduce((top, p) => Math.max(top, p), 0));
  const purchased = new Uint8Array(revenue.length);
  for (let i = 0; i < w.rows; i++) {
    if (!scored.has(w.customerId[i])) continue;
    const a = w.amount[i];
    const purchase = w.status[i] !== RETURNED;
    revenue[w.product[i]] += purchase || a < 0 ? a : 0;
    if (purchase) purchased[w.product[i]] = 1;
  }
  // Sold, as the products section counts: a purchase (an order) or revenue.
  const sold = revenue.reduce((n, r, k) => n + +(purchased[k] === 1 || r !== 0), 0);
  return { revenue, sold };
}

function productsDiffer(report: Report, w: Workload): string | undefined {
  const { revenue, sold } = productTotals(w);
  const { topProducts, productCount } = report.sections!.products;
  if (productCount !== sold) return `products sold: ${productCount} vs ${sold}`;
  for (const p of topProducts ?? []) {
    const want = revenue[Number(p.name.slice(1)) - 1000];
    if (Math.abs(p.revenue - want) > 1e-6 * Math.abs(want)) return `product ${p.name}: revenue ${p.revenue} vs ${want}`;
  }
  return topProducts?.length ? undefined : 'no products';
}

/** The report's customers must carry the same scores and rfm segments as the pipeline's table, and its products the workload's revenue. */
function checkReport(rows: number, tx: Transactions, w: Workload): boolean {
  const report = analyzeTransactions(tx);
  const { table } = jsRfm(tx);
  let diff: string | undefined;
  if (report.customers.length !== table.size) diff = `customers ${report.customers.length} vs ${table.size}`;
  for (let i = 0; !diff && i < table.size; i++) {
    const c = report.customers[i];
    const same = c.customer === table.ids[i] && c.r === table.r[i] && c.f === table.f[i] && c.m === table.m[i] && c.segments.rfm === table.segments.rfm[i];
    if (!same) diff = `customer ${String(table.ids[i])}: report ${c.r}${c.f}${c.m} ${c.segments.rfm} vs pipeline ${table.r[i]}${table.f[i]}${table.m[i]} ${table.segments.rfm[i]}`;
  }
  diff ??= productsDiffer(report, w);
  line('check', { rows, implementations: 'report,rfm-pipeline,workload-products', customers: table.size, identical: !diff });
  if (diff) failure(`rows=${rows}: the report differs from the rfm pipeline or the workload: ${diff}`);
  return !diff;
}

export async function reportStage(rows: number, tx: Transactions, repeats: Repeats, w: Workload): Promise<void> {
  if (!checkReport(rows, tx, w)) return;
  const [reportMs, rfmMs] = await pairedMedianMs(() => analyzeTransactions(tx), () => jsRfm(tx), repeats);
  const ratio = reportMs / rfmMs;
  const judged = rows >= TARGET_ROWS ? target(`report rows=${rows} report_ms/rfm_ms`, ratio, '<=', REPORT_TARGET_RATIO) : {};
  line('report', { rows, median_ms: reportMs, baseline: 'rfm-pipeline', ratio, baseline_ms: rfmMs, ...judged });
  const times: Record<string, number[]> = {};
  for (let i = 0; i < repeats.warmup + repeats.runs; i++) reportSteps(tx, times);
  for (const [step, all] of Object.entries(times)) line('report-step', { rows, step: JSON.stringify(step), median_ms: median(all.slice(-repeats.runs)) });
}
