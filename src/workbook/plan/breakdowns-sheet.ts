import { Breakdown, Report, TrendRow } from '../../analytics';
import { SheetLayout } from './layout';
import { FORMAT, PlanCell, SheetPlan } from './types';

export const BREAKDOWNS_SHEET = 'CX Breakdowns';

const LABELS: Record<string, string> = {
  age: 'Age', gender: 'Gender', children: 'Children', education: 'Education', income: 'Income', marital: 'Marital status',
  language: 'Language', region: 'Region', channel: 'Channel', category: 'Category', payment: 'Payment method', product: 'Product',
};
const label = (d: string) => LABELS[d] ?? d;
const tableName = (prefix: string, d: string) => `${prefix}${d.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 250);
const orBlank = (x: number | null): PlanCell => (x === null ? '' : x);

function trendTable(sheet: SheetLayout, rows: TrendRow[], period: 'Year' | 'Month', name: string) {
  return sheet.table({
    name, title: `Trend by ${period.toLowerCase()}`,
    header: [period, 'Revenue', 'Orders', 'Customers', 'Average spend', 'Revenue change', 'Orders change', 'Customers change'],
    rows: rows.map((t) => [t.period, t.revenue, t.orders, t.customers, t.averageSpend, orBlank(t.revenueChange), orBlank(t.ordersChange), orBlank(t.customersChange)]),
    formats: ['@', FORMAT.money, FORMAT.count, FORMAT.count, FORMAT.money, FORMAT.percent, FORMAT.percent, FORMAT.percent],
  });
}

function breakdownTable(sheet: SheetLayout, b: Breakdown) {
  const t = sheet.table({
    name: tableName('CXBy', b.dimension), title: `By ${label(b.dimension).toLowerCase()}`,
    header: [label(b.dimension), 'Customers', '% of customers', 'Orders', 'Revenue', '% of revenue', 'AOV'],
    rows: b.rows.map((r) => [r.group, r.customers, r.customerShare, r.orders, r.revenue, r.revenueShare, r.aov]),
    formats: ['@', FORMAT.count, FORMAT.percent, FORMAT.count, FORMAT.money, FORMAT.percent, FORMAT.money],
  });
  sheet.chart(b.dimension === 'payment' ? 'doughnut' : 'column', t, { title: `Revenue by ${label(b.dimension).toLowerCase()}`, seriesColumns: [4], valueFormat: FORMAT.money, xTitle: label(b.dimension), yTitle: 'Revenue' });
}

/** Trend, every breakdown, products, returns, concentration, top customers and distributions, each with its chart. */
export function planBreakdowns(report: Report): SheetPlan {
  const s = report.sections!;
  const sheet = new SheetLayout(BREAKDOWNS_SHEET);
  sheet.chart('column', trendTable(sheet, s.trend.yearly, 'Year', 'CXTrendYear'), { title: 'Revenue by year', seriesColumns: [1], valueFormat: FORMAT.money, xTitle: 'Year', yTitle: 'Revenue' });
  sheet.chart('line', trendTable(sheet, s.trend.monthly, 'Month', 'CXTrendMonth'), { title: 'Revenue by month', seriesColumns: [1], valueFormat: FORMAT.money, xTitle: 'Month', yTitle: 'Revenue' });
  for (const b of s.breakdowns) breakdownTable(sheet, b);
  const products = [
    { rows: s.products.categories, name: 'CXCategories', title: 'Categories', first: 'Category' },
    { rows: s.products.topProducts, name: 'CXTopProducts', title: `Top ${report.options.topN} products of ${s.products.productCount.toLocaleString('en-US')}`, first: 'Product' },
  ];
  for (const p of products) {
    if (!p.rows) continue;
    sheet.table({
      name: p.name, title: p.title, header: [p.first, 'Revenue', '% of revenue', 'Orders', 'Customers', 'AOV', 'Units'],
      rows: p.rows.map((r) => [r.name, r.revenue, r.revenueShare, r.orders, r.customers, r.aov, orBlank(r.quantity)]),
      formats: ['@', FORMAT.money, FORMAT.percent, FORMAT.count, FORMAT.count, FORMAT.money, FORMAT.count],
    });
  }
  if (s.products.topProductsBySegment.length) {
    sheet.table({
      name: 'CXSegmentProducts', title: `Top products of each segment (${report.options.scheme}); lift above 1: the segment favours it`,
      header: ['Segment', 'Product', 'Revenue', '% of segment revenue', 'Lift'],
      rows: s.products.topProductsBySegment.flatMap((seg) => seg.products.map((p) => [seg.segment, p.name, p.revenue, p.share, p.lift])),
      formats: ['@', '@', FORMAT.money, FORMAT.percent, FORMAT.decimal],
    });
  }
  if (s.returns.byStatus) {
    const status = sheet.table({
      name: 'CXRevenueByStatus', title: 'Revenue by status (gross, before returns)', header: ['Status', 'Rows', 'Orders', 'Revenue', '% of revenue'],
      rows: s.returns.byStatus.map((r) => [r.status, r.rows, r.orders, r.revenue, r.revenueShare]),
      formats: ['@', FORMAT.count, FORMAT.count, FORMAT.money, FORMAT.percent],
    });
    sheet.chart('pie', status, { title: 'Revenue by status', seriesColumns: [3], valueFormat: FORMAT.money });
  }
  for (const d of s.returns.byDimension.filter((x) => x.dimension === 'category' || x.dimension === 'product')) {
    const t = sheet.table({
      name: tableName('CXReturnsBy', d.dimension), title: `Returns by ${label(d.dimension).toLowerCase()}`,
      header: [label(d.dimension), 'Orders', 'Returned', 'Return rate', 'Returned revenue'],
      rows: d.rows.slice(0, 50).map((r) => [r.group, r.orders, r.returned, orBlank(r.returnRate), r.returnedRevenue]),
      formats: ['@', FORMAT.count, FORMAT.count, FORMAT.percent, FORMAT.money],
    });
    sheet.chart('bar', t, { title: `Return rate by ${label(d.dimension).toLowerCase()}`, seriesColumns: [3], valueFormat: FORMAT.percent, xTitle: label(d.dimension), yTitle: 'Return rate' });
  }
  const c = s.concentration;
  sheet.table({
    name: 'CXConcentration', title: `Revenue concentration (Gini ${c.gini.toFixed(2)}; ${c.customersFor80.toLocaleString('en-US')} customers make 80% of revenue)`,
    header: ['Top customers', 'Customers', '% of revenue'],
    rows: c.topShares.map((t) => [`Top ${t.topPercent}%`, t.customers, t.revenueShare]),
    formats: ['@', FORMAT.count, FORMAT.percent],
  });
  const pareto = sheet.table({
    name: 'CXPareto', title: 'Pareto: cumulative share of revenue by share of customers (largest first)', header: ['% of customers', '% of revenue'],
    rows: c.pareto.map((p) => [p.customerShare, p.revenueShare]), formats: [FORMAT.percent, FORMAT.percent],
  });
  sheet.chart('line', pareto, { title: 'Pareto of customers by revenue', seriesColumns: [1], valueFormat: FORMAT.percent, xTitle: 'Share of customers', yTitle: 'Cumulative share of revenue' });
  sheet.table({
    name: 'CXTopCustomers', title: `Top ${s.topCustomers.length} customers`, header: ['Rank', 'Customer', 'Revenue', 'Orders', 'Share', 'Cumulative share'],
    rows: s.topCustomers.map((t) => [t.rank, t.customer, t.revenue, t.orders, t.share, t.cumulativeShare]),
    formats: ['0', '@', FORMAT.money, FORMAT.count, FORMAT.percent, FORMAT.percent],
  });
  for (const [key, title] of [['recency', 'Customers by days since last purchase'], ['frequency', 'Customers by number of orders']] as const) {
    const t = sheet.table({
      name: `CX${key === 'recency' ? 'Recency' : 'Frequency'}Bands`, title, header: [key === 'recency' ? 'Days since last purchase' : 'Orders', 'Customers', 'Revenue'],
      rows: s.distributions[key].map((d) => [d.band, d.customers, d.revenue]), formats: ['@', FORMAT.count, FORMAT.money],
    });
    sheet.chart('column', t, { title, seriesColumns: [1], valueFormat: FORMAT.count, yTitle: 'Customers' });
  }
  return sheet.done();
}
