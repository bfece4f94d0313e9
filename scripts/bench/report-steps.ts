/**
 * The whole report split into its steps (median ms each), for finding where its time goes:
 * the core (customers and segments, `sections: false`), then every report section on its own.
 */
import {
  analysisContext, analyzeTransactions, breakdowns, byRevenue, concentration, dataQuality, distributions, kpis,
  productsAnalysis, reportGroupings, returnsAnalysis, rfGrid, rowFacts, segmentSummary, topCustomers, trend, Transactions,
} from '../../src/analytics';
import { timed } from './timing';

export function reportSteps(tx: Transactions, times: Record<string, number[]>): void {
  timed(times, 'core (sections: false)', () => analyzeTransactions(tx, {}, { sections: false }));
  const { ctx, metrics } = analysisContext(tx);
  const { options } = ctx;
  const unscored = metrics.ids.filter((_, c) => !metrics.hasPurchase[c]);
  // One compiled pass takes the row facts and every grouping (rowFacts, then reportGroupings, read it).
  timed(times, 'row facts and groupings', () => reportGroupings(ctx));
  rowFacts(ctx);
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
  timed(times, 'dataQuality', () => dataQuality(ctx, unscored));
}
