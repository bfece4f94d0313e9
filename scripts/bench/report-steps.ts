/**
 * The whole report split into its steps (median ms each), for finding where its time goes:
 * the core (customers and segments, `sections: false`), then every report section on its own.
 */
import {
  AnalysisContext, analyzeTransactions, breakdowns, byRevenue, concentration, dataQuality, distributions, kpis,
  productsAnalysis, reportGroupings, resolveOptions, returnsAnalysis, rfGrid, segmentSummary, topCustomers, trend, Transactions,
  buildCustomerTable, customerMetrics, scoreCustomers, assignSegments,
} from '../../src/analytics';
import { timed } from './timing';

export function reportSteps(tx: Transactions, times: Record<string, number[]>): void {
  timed(times, 'core (sections: false)', () => analyzeTransactions(tx, {}, { sections: false }));
  const options = resolveOptions({});
  const report = analyzeTransactions(tx, {}, { sections: false });
  const table = buildCustomerTable(customerMetrics(tx, report.asOf, options.returns), report.asOf);
  scoreCustomers(table, options.method, options.bins, options.thresholds);
  assignSegments(table, options);
  const ctx: AnalysisContext = {
    tx, customers: table, asOf: report.asOf, options, topN: options.topN,
    bands: { age: options.ageBands, income: options.incomeBands }, attributeConflicts: {},
  };
  timed(times, 'reportGroupings', () => reportGroupings(ctx));
  const order = timed(times, 'byRevenue', () => byRevenue(ctx));
  timed(times, 'segmentSummary ×schemes', () => options.schemes.map((s) => segmentSummary(ctx, s)));
  timed(times, 'breakdowns', () => breakdowns(ctx));
  const yearly = timed(times, 'trend year', () => trend(ctx, 'year'));
  timed(times, 'kpis', () => kpis(ctx, yearly));
  timed(times, 'rfGrid', () => rfGrid(ctx));
  timed(times, 'trend month', () => trend(ctx, 'month'));
  timed(times, 'products', () => productsAnalysis(ctx));
  timed(times, 'returns', () => returnsAnalysis(ctx));
  timed(times, 'concentration', () => concentration(ctx, order));
  timed(times, 'topCustomers', () => topCustomers(ctx, ctx.topN, order));
  timed(times, 'distributions', () => distributions(ctx));
  timed(times, 'dataQuality', () => dataQuality(ctx, report.unscored));
}
