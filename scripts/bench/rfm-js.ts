/**
 * The RFM pipeline through src/analytics, from ingested Transactions: metrics → customer table →
 * NTILE(5) scores → rfm segments → return rates → top-100 by monetary. Each step is timed.
 */
import {
  AnalysisContext, CustomerTable, RFM_RULES, Transactions, assignSegments, buildCustomerTable, customerMetrics,
  defaultAsOf, resolveOptions, returnTotals, scoreCustomers, topCustomers,
} from '../../src/analytics';
import { timed } from './timing';
import { RfmResult, TOP_N } from './rfm-result';

export interface JsRfm {
  table: CustomerTable;
  overallReturnRate: number;
  customerReturnRate: Float64Array;
  top: (string | number)[];
}

const OPTIONS = resolveOptions({ method: 'ntile', bins: 5, scheme: 'rfm', schemes: ['rfm'], topN: TOP_N });

function context(tx: Transactions, table: CustomerTable, asOf: number): AnalysisContext {
  return {
    tx, customers: table, asOf, options: OPTIONS, topN: TOP_N,
    bands: { age: OPTIONS.ageBands, income: OPTIONS.incomeBands }, attributeConflicts: {},
  };
}

/**
 * Returned orders ÷ orders per scored customer. src has no exported per-customer return rate
 * (analyses/returns.ts keeps its per-group counter private), so the bench carries this loop.
 * Every order of the workload belongs to one customer and has a known status.
 */
export function customerReturnRates(tx: Transactions, table: CustomerTable): Float64Array {
  const orders = new Float64Array(table.size);
  const returned = new Float64Array(table.size);
  const seen = new Uint8Array(tx.orderCount); // bit 1: counted, bit 2: counted as returned
  for (let i = 0; i < tx.rowCount; i++) {
    const c = tx.customer[i];
    const t = c < 0 ? -1 : table.indexOfKey[c];
    if (t < 0) continue;
    const o = tx.order[i];
    const s = o < 0 ? 0 : seen[o];
    if (!(s & 1)) orders[t]++;
    if (tx.isReturn[i] && !(s & 2)) returned[t]++;
    if (o >= 0) seen[o] = s | 1 | (tx.isReturn[i] << 1);
  }
  const rate = new Float64Array(table.size);
  for (let t = 0; t < table.size; t++) rate[t] = returned[t] / orders[t];
  return rate;
}

/** The pipeline; per-step wall times go to `times`, and `afterStep` (a heap probe) runs after each step. */
export function jsRfm(tx: Transactions, times: Record<string, number[]> = {}, afterStep?: () => void): JsRfm {
  const step = <T>(name: string, fn: () => T): T => {
    const out = timed(times, name, fn);
    afterStep?.();
    return out;
  };
  const asOf = step('defaultAsOf', () => defaultAsOf(tx));
  const metrics = step('customerMetrics', () => customerMetrics(tx, asOf, 'net'));
  const table = step('buildCustomerTable', () => buildCustomerTable(metrics, asOf));
  step('scoreCustomers', () => scoreCustomers(table, 'ntile', 5));
  step('assignSegments', () => assignSegments(table, OPTIONS));
  const ctx = context(tx, table, asOf);
  const totals = step('returnTotals', () => returnTotals(ctx));
  const customerReturnRate = step('customerReturnRates', () => customerReturnRates(tx, table));
  const top = step('topCustomers', () => topCustomers(ctx, TOP_N).map((row) => row.customer));
  return { table, overallReturnRate: totals.returnedOrders / totals.knownOrders, customerReturnRate, top };
}

/** The JS outcome in the shape the three implementations are compared in (not timed). */
export function jsResult(out: JsRfm): RfmResult {
  const t = out.table;
  if (OPTIONS.ruleTables.rfm !== RFM_RULES) throw new Error('the rfm scheme is not the built-in RFM_RULES');
  return {
    customers: t.ids.map((id, i) => ({
      id: Number(id), recency: t.recencyDays[i], frequency: t.frequency[i], monetary: t.monetary[i],
      r: t.r[i], f: t.f[i], m: t.m[i], segment: t.segments.rfm[i], returnRate: out.customerReturnRate[i],
    })),
    top: out.top.map(Number),
    overallReturnRate: out.overallReturnRate,
  };
}
