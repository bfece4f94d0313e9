/** A value the plan puts in a cell (text is written as text, never as a formula). */
export type PlanCell = string | number | boolean;

export interface Anchor {
  row: number; // 0-based
  col: number;
}

/** An Excel table: a header row and data rows, with a number format per column (or per cell). */
export interface TablePlan {
  kind: 'table';
  name: string;
  /** A caption written in the row above the table. */
  title: string;
  anchor: Anchor;
  header: string[];
  rows: PlanCell[][];
  /** Number format per column ('' = General). */
  formats: string[];
  /** Per-cell number formats that override the column's (e.g. a KPI table's value column). */
  cellFormats?: string[][];
  /** Colour scale over these columns (an R×F grid). */
  colorScale?: number[];
}

export interface TextPlan {
  kind: 'text';
  anchor: Anchor;
  lines: string[];
  style: 'title' | 'note';
}

export type ChartKind = 'bar' | 'column' | 'line' | 'pie' | 'doughnut' | 'treemap';

/** A native chart bound to a table's columns: categories from one column, one series per value column. */
export interface ChartPlan {
  kind: ChartKind;
  /** Used where the host cannot draw `kind` (treemap before ExcelApi 1.9). */
  fallback?: ChartKind;
  title: string;
  table: string;
  categoryColumn: number;
  seriesColumns: number[];
  xTitle?: string;
  yTitle?: string;
  valueFormat?: string;
  /** Top-left cell and size in cells. */
  anchor: Anchor;
  width: number;
  height: number;
}

export interface SheetPlan {
  name: string;
  blocks: (TablePlan | TextPlan)[];
  charts: ChartPlan[];
  /** Width in characters per column, from column A. */
  columnWidths: number[];
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
}

export const FORMAT = {
  money: '#,##0.00',
  count: '#,##0',
  percent: '0.0%',
  decimal: '0.00',
  date: 'yyyy-mm-dd',
  text: '',
} as const;
