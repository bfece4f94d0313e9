import { Report } from '../../analytics';
import { SheetLayout } from './layout';
import { FORMAT, PlanCell, SheetPlan } from './types';

export const DASHBOARD_SHEET = 'CX Dashboard';

type KpiRow = [string, PlanCell, string];

function kpiRows(report: Report): KpiRow[] {
  const k = report.sections!.kpis;
  const rows: KpiRow[] = [
    ['Revenue', k.revenue, FORMAT.money],
    ['Orders', k.orders, FORMAT.count],
    ['Customers', k.customers, FORMAT.count],
    ['Average order value', k.aov, FORMAT.money],
    ['Revenue per customer', k.revenuePerCustomer, FORMAT.money],
    ['Repeat rate', k.repeatRate, FORMAT.percent],
  ];
  if (k.averageAge !== null) rows.push(['Average customer age', k.averageAge, FORMAT.decimal]);
  if (k.returnRate !== null) rows.push(['Return rate', k.returnRate, FORMAT.percent]);
  rows.push(['Returned revenue', k.returnedRevenue, FORMAT.money]);
  if (k.bestYear) rows.push([`Best year (${k.bestYear.year})`, k.bestYear.revenue, FORMAT.money]);
  if (k.worstYear && k.worstYear.year !== k.bestYear?.year) rows.push([`Worst year (${k.worstYear.year})`, k.worstYear.revenue, FORMAT.money]);
  rows.push(['First order', k.firstOrderDate, FORMAT.text], ['Last order', k.lastOrderDate, FORMAT.text], ['As of', k.asOfDate, FORMAT.text]);
  return rows;
}

/** KPIs, the story in sentences, the main scheme's segment summary with its charts, and the R×F grid. */
export function planDashboard(report: Report, source: string, treemap: boolean): SheetPlan {
  const s = report.sections!;
  const sheet = new SheetLayout(DASHBOARD_SHEET);
  sheet.text([`CX Segments — customer report`, `${source}, as of ${report.asOfDate}. Segments: ${report.options.scheme} (${report.options.method}, ${report.options.bins} levels).`], 'title');
  const kpis = kpiRows(report);
  sheet.table({
    name: 'CXKpis', title: 'Key figures', header: ['KPI', 'Value'], rows: kpis.map(([k, v]) => [k, v]),
    formats: ['', ''], cellFormats: kpis.map(([, , f]) => ['', f]),
  });
  sheet.text(s.narrative);
  const summary = s.segmentSummaries[report.options.scheme];
  const segments = sheet.table({
    name: 'CXSegmentSummary',
    title: `Segments (${report.options.scheme})`,
    header: ['Segment', 'Customers', '% of customers', 'Revenue', '% of revenue', 'AOV', 'Avg recency (days)', 'Avg orders', 'Avg revenue'],
    rows: summary.map((r) => [r.segment, r.customers, r.customerShare, r.revenue, r.revenueShare, r.aov, r.avgRecencyDays, r.avgFrequency, r.avgMonetary]),
    formats: ['', FORMAT.count, FORMAT.percent, FORMAT.money, FORMAT.percent, FORMAT.money, FORMAT.decimal, FORMAT.decimal, FORMAT.money],
  });
  sheet.chart(treemap ? 'treemap' : 'bar', segments, { title: 'Revenue by segment', seriesColumns: [3], fallback: 'bar', valueFormat: FORMAT.money, yTitle: 'Revenue' });
  sheet.chart('bar', segments, { title: 'Share of customers vs share of revenue', seriesColumns: [2, 4], valueFormat: FORMAT.percent, xTitle: 'Segment', yTitle: 'Share' });
  const bins = report.options.bins;
  const fs = Array.from({ length: bins }, (_, f) => f + 1);
  const grid = sheet.table({
    name: 'CXRfGrid',
    title: 'Customers by R score (rows) and F score (columns)',
    header: ['R \\ F', ...fs.map((f) => `F${f}`)],
    rows: Array.from({ length: bins }, (_, k) => {
      const r = bins - k;
      return [`R${r}`, ...fs.map((f) => s.rfGrid.find((c) => c.r === r && c.f === f)!.customers)];
    }),
    formats: ['', ...fs.map(() => FORMAT.count)],
    colorScale: fs,
  });
  void grid;
  return sheet.done();
}
