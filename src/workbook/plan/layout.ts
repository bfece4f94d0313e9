import { ChartKind, ChartPlan, PlanCell, SheetPlan, TablePlan, TextPlan } from './types';

const CHART_WIDTH = 8;
const CHART_HEIGHT = 15;

/**
 * Stacks blocks down a sheet (two blank rows apart) and puts each chart to the right of the
 * tables, next to the table it draws, so nothing overlaps.
 */
export class SheetLayout {
  private row = 0;
  private readonly blocks: (TablePlan | TextPlan)[] = [];
  private readonly charts: Omit<ChartPlan, 'anchor'>[] = [];
  private readonly chartRows: number[] = [];

  constructor(readonly name: string) {}

  text(lines: string[], style: TextPlan['style'] = 'note'): void {
    this.blocks.push({ kind: 'text', anchor: { row: this.row, col: 0 }, lines, style });
    this.row += lines.length + 1;
  }

  table(t: Omit<TablePlan, 'kind' | 'anchor'>): TablePlan {
    const plan: TablePlan = { kind: 'table', anchor: { row: this.row + 1, col: 0 }, ...t };
    this.blocks.push(plan);
    this.row += t.rows.length + 4; // title, header, rows, two blank rows
    return plan;
  }

  chart(kind: ChartKind, table: TablePlan, c: Partial<Omit<ChartPlan, 'kind' | 'table' | 'anchor' | 'width' | 'height'>> & { title: string; seriesColumns: number[] }): void {
    this.charts.push({ kind, table: table.name, categoryColumn: 0, width: CHART_WIDTH, height: CHART_HEIGHT, ...c });
    this.chartRows.push(table.anchor.row - 1);
  }

  done(): SheetPlan {
    const tableWidth = Math.max(1, ...this.blocks.map((b) => (b.kind === 'table' ? b.header.length : 1)));
    const chartCol = tableWidth + 1;
    let nextFree = 0;
    const charts = this.charts.map((c, k) => {
      const row = Math.max(this.chartRows[k], nextFree);
      nextFree = row + c.height + 1;
      return { ...c, anchor: { row, col: chartCol } };
    });
    return { name: this.name, blocks: this.blocks, charts, columnWidths: columnWidths(this.blocks) };
  }
}

function width(v: PlanCell | undefined): number {
  if (v === undefined) return 0;
  return typeof v === 'number' ? Math.min(14, String(Math.round(v * 100) / 100).length + 3) : String(v).length;
}

/** Column widths that fit the headers and the first hundred rows, between 8 and 50 characters. */
function columnWidths(blocks: (TablePlan | TextPlan)[]): number[] {
  const widths: number[] = [];
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    b.header.forEach((h, j) => {
      const w = Math.max(h.length + 2, ...b.rows.slice(0, 100).map((r) => width(r[j]) + 1));
      widths[b.anchor.col + j] = Math.min(50, Math.max(widths[b.anchor.col + j] ?? 8, w));
    });
  }
  return Array.from(widths, (w) => w ?? 8);
}
