import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Report, analyzeTable } from '../../../src/analytics';
import { csvCells } from '../../../src/cli/read-input';
import { TablePlan, WorkbookPlan, planReport, planReportInTurns } from '../../../src/workbook/plan';
import { SHOP } from '../../analytics/analyses/shop';

function checkStructure(plan: WorkbookPlan): void {
  const names = new Set<string>();
  for (const sheet of plan.sheets) {
    expect(sheet.name.length).toBeLessThanOrEqual(31);
    const tables = sheet.blocks.filter((b): b is TablePlan => b.kind === 'table');
    for (const t of tables) {
      expect(names.has(t.name.toLowerCase())).toBe(false);
      names.add(t.name.toLowerCase());
      expect(t.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      expect(t.formats).toHaveLength(t.header.length);
      for (const row of t.rows) expect(row).toHaveLength(t.header.length);
      for (const row of t.rows) for (const v of row) expect(['string', 'number', 'boolean']).toContain(typeof v);
    }
    // Blocks go down the sheet without overlapping; charts sit right of every table and of each other.
    const spans = sheet.blocks.map((b) => (b.kind === 'table' ? [b.anchor.row - 1, b.anchor.row + b.rows.length] : [b.anchor.row, b.anchor.row + b.lines.length - 1]));
    spans.forEach(([top], k) => k > 0 && expect(top).toBeGreaterThan(spans[k - 1][1]));
    const right = Math.max(...tables.map((t) => t.anchor.col + t.header.length));
    sheet.charts.forEach((c, k) => {
      expect(c.anchor.col).toBeGreaterThanOrEqual(right);
      const t = tables.find((x) => x.name === c.table)!;
      expect(t).toBeDefined();
      for (const col of [c.categoryColumn, ...c.seriesColumns]) expect(col).toBeLessThan(t.header.length);
      if (k > 0) expect(c.anchor.row).toBeGreaterThanOrEqual(sheet.charts[k - 1].anchor.row + sheet.charts[k - 1].height);
    });
  }
}

describe('planReport', () => {
  const report = analyzeTable(SHOP);
  const plan = planReport(report, { source: 'Orders!A1:J8', treemap: true });

  it('plans the five CX sheets in order', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(['CX Dashboard', 'CX Customers', 'CX Breakdowns', 'CX Data Quality', 'CX Rules']);
    checkStructure(plan);
  });

  it('puts the hand-worked KPIs, narrative and segment summary on the dashboard', () => {
    const dash = plan.sheets[0];
    const kpis = dash.blocks.find((b) => b.kind === 'table' && b.name === 'CXKpis') as TablePlan;
    expect(kpis.rows.slice(0, 3)).toEqual([['Revenue', 360], ['Orders', 4], ['Customers', 3]]);
    expect(kpis.cellFormats![0]).toEqual(['', '#,##0.00']);
    expect(dash.blocks.some((b) => b.kind === 'text' && b.lines.includes('Loyal Customers are 33% of customers and 58% of revenue.'))).toBe(true);
    const summary = dash.blocks.find((b) => b.kind === 'table' && b.name === 'CXSegmentSummary') as TablePlan;
    expect(summary.rows.map((r) => r[0])).toEqual(['Loyal Customers', 'About To Sleep', 'Lost']);
    expect(dash.charts.map((c) => [c.kind, c.table, c.seriesColumns])).toEqual([
      ['treemap', 'CXSegmentSummary', [3]], ['bar', 'CXSegmentSummary', [2, 4]],
    ]);
    const grid = dash.blocks.find((b) => b.kind === 'table' && b.name === 'CXRfGrid') as TablePlan;
    expect(grid.rows[2]).toEqual(['R3', 0, 0, 1, 0, 0]);
    expect(grid.colorScale).toEqual([1, 2, 3, 4, 5]);
  });

  it('falls back to a bar chart where treemaps are not supported', () => {
    const dash = planReport(report, { source: 'x', treemap: false }).sheets[0];
    expect(dash.charts[0].kind).toBe('bar');
  });

  it('plans charts for the trend, every breakdown, returns, Pareto and distributions', () => {
    const charts = plan.sheets[2].charts.map((c) => `${c.kind}:${c.title}`);
    expect(charts).toEqual([
      'column:Revenue by year', 'line:Revenue by month', 'column:Revenue by age', 'column:Revenue by gender',
      'column:Revenue by category', 'doughnut:Revenue by payment method', 'pie:Revenue by status',
      'bar:Return rate by product', 'bar:Return rate by category', 'line:Pareto of customers by revenue',
      'column:Customers by days since last purchase', 'column:Customers by number of orders',
    ]);
  });

  it('writes customers with every scheme and dates as serials', () => {
    const customers = plan.sheets[1].blocks[0] as TablePlan;
    expect(customers.header.slice(0, 13)).toEqual([
      'Customer', 'Recency (days)', 'Frequency', 'Monetary', 'R', 'F', 'M', 'RFM', 'Segment',
      'Segment (rfm)', 'Segment (rfgrid)', 'Segment (tiers)', 'Segment (personas)',
    ]);
    expect(customers.rows[0].slice(0, 9)).toEqual(['c1', 436, 1, 120, 1, 1, 2, '112', 'Lost']);
    expect(customers.rows[0][13]).toBe(44936); // 2023-01-10
  });

  it('plans the public Online Retail sample with the same structure', () => {
    const cells = csvCells(readFileSync(join(__dirname, '..', '..', '..', 'data', 'online-retail-2010-12.csv'), 'utf8'));
    const big: Report = analyzeTable(cells);
    const p = planReport(big, { source: 'online-retail', treemap: false });
    checkStructure(p);
    expect((p.sheets[1].blocks[0] as TablePlan).rows).toHaveLength(big.customers.length);
  });

  it('plans the same sheets in turns (the pane) as at once (the CLI), waiting between turns', async () => {
    const cells = csvCells(readFileSync(join(__dirname, '..', '..', '..', 'data', 'online-retail-2010-12.csv'), 'utf8'));
    const big: Report = analyzeTable(cells);
    const options = { source: 'online-retail', treemap: false };
    let turns = 0;
    const inTurns = await planReportInTurns(big, options, async () => void turns++);
    expect(inTurns).toEqual(planReport(big, options));
    // A turn after each sheet, and the customers' rows in turns of 10,000 of their own.
    expect(turns).toBe(inTurns.sheets.length + Math.ceil(big.customers.length / 10_000));
  });
});
