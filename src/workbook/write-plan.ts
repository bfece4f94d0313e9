import { bytesPerCell, rowBlocks } from './blocks';
import { a1 } from './a1';
import { OWNED_SHEETS_SETTING, SheetConflictError, ownedSheetIds } from './ownership';
import { ChartKind, ChartPlan, SheetPlan, TablePlan, WorkbookPlan } from './plan';
import { OnProgress } from './progress';
import { safeCell } from './safe-cells';
import { SetAsideSheet, dropSetAside, restoreSheets, setAsideSheets } from './set-aside';

const CHART_TYPES: Record<ChartKind, string> = {
  bar: 'BarClustered', column: 'ColumnClustered', line: 'Line', pie: 'Pie', doughnut: 'Doughnut', treemap: 'Treemap',
};
const NO_AXES: ChartKind[] = ['pie', 'doughnut', 'treemap'];
const POINTS_PER_CHARACTER = 7;

/** The output sheets that exist already, all the add-in's own. */
export interface OutputSheets {
  owned: string[];
  replace: string[];
}

/**
 * Checks every output sheet before anything is written: a sheet of that name the add-in did
 * not write stops the run with nothing changed. Read-only.
 */
export async function checkOutputSheets(context: Excel.RequestContext, names: string[]): Promise<OutputSheets> {
  const owned = await ownedSheetIds(context);
  const existing = names.map((n) => ({ name: n, sheet: context.workbook.worksheets.getItemOrNullObject(n).load('id') }));
  await context.sync();
  const foreign = existing.find((e) => !e.sheet.isNullObject && !owned.includes(e.sheet.id));
  if (foreign) throw new SheetConflictError(foreign.name);
  return { owned, replace: existing.filter((e) => !e.sheet.isNullObject).map((e) => e.sheet.id) };
}

/** Up to 200 rows spread over the table, each with its number formats when it has any: what a block's cells cost. */
function sampleCells(t: TablePlan, hasFormats: boolean): unknown[][] {
  const step = Math.max(1, Math.floor(t.rows.length / 200));
  const picked = t.rows.filter((_, i) => i % step === 0).slice(0, 200);
  return picked.map((r) => [...r.map(safeCell), ...(hasFormats ? t.formats : [])]);
}

/** Title, header, then the rows in blocks under the payload budget, one sync per block. */
async function writeTable(context: Excel.RequestContext, sheet: Excel.Worksheet, t: TablePlan, beforeBlock?: () => void): Promise<void> {
  const { row, col } = t.anchor;
  const width = t.header.length;
  sheet.getRangeByIndexes(row - 1, col, 1, 1).values = [[safeCell(t.title)]];
  sheet.getRangeByIndexes(row, col, 1, width).values = [t.header.map(safeCell)];
  const hasFormats = t.formats.some((f) => f !== '') || t.cellFormats !== undefined;
  // Sized from the rows themselves: long customer ids or attribute text would burst a fixed guess.
  for (const { start, rows } of rowBlocks(t.rows.length, width * (hasFormats ? 2 : 1), bytesPerCell(sampleCells(t, hasFormats)))) {
    beforeBlock?.();
    const range = sheet.getRangeByIndexes(row + 1 + start, col, rows, width);
    range.values = t.rows.slice(start, start + rows).map((r) => r.map(safeCell));
    if (hasFormats) {
      range.numberFormat = Array.from({ length: rows }, (_, i) => t.header.map((_, j) => t.cellFormats?.[start + i]?.[j] || t.formats[j] || 'General'));
    }
    await context.sync();
  }
}

function addTable(sheet: Excel.Worksheet, t: TablePlan): void {
  const table = sheet.tables.add(a1(t.anchor.row, t.anchor.col, t.rows.length + 1, t.header.length), true);
  table.name = t.name;
  table.style = 'TableStyleMedium2'; // a built-in style: it follows the workbook's theme, light or dark
  if (t.colorScale && t.rows.length > 0) {
    const first = t.anchor.col + Math.min(...t.colorScale);
    const cols = Math.max(...t.colorScale) - Math.min(...t.colorScale) + 1;
    const scale = sheet.getRangeByIndexes(t.anchor.row + 1, first, t.rows.length, cols).conditionalFormats.add('ColorScale');
    scale.colorScale.criteria = {
      minimum: { type: 'LowestValue', color: '#F8F8F8' },
      maximum: { type: 'HighestValue', color: '#2E7D6B' },
    };
  }
}

function addChart(sheet: Excel.Worksheet, c: ChartPlan, table: TablePlan, treemap: boolean): void {
  const kind = c.kind === 'treemap' && !treemap ? c.fallback ?? 'bar' : c.kind;
  const body = (j: number) => sheet.getRangeByIndexes(table.anchor.row + 1, table.anchor.col + j, table.rows.length, 1);
  const [first, ...more] = c.seriesColumns;
  const chart = sheet.charts.add(CHART_TYPES[kind] as Excel.ChartType, sheet.getRangeByIndexes(table.anchor.row, table.anchor.col + first, table.rows.length + 1, 1), 'Columns');
  chart.title.text = c.title;
  chart.series.getItemAt(0).setXAxisValues(body(c.categoryColumn));
  for (const j of more) {
    const series = chart.series.add(table.header[j]);
    series.setValues(body(j));
    series.setXAxisValues(body(c.categoryColumn));
  }
  if (!NO_AXES.includes(kind)) {
    if (c.xTitle) chart.axes.categoryAxis.title.text = c.xTitle;
    if (c.yTitle) chart.axes.valueAxis.title.text = c.yTitle;
    if (c.valueFormat) chart.axes.valueAxis.numberFormat = c.valueFormat;
  }
  chart.setPosition(a1(c.anchor.row, c.anchor.col), a1(c.anchor.row + c.height - 1, c.anchor.col + c.width - 1));
}

async function writeSheet(context: Excel.RequestContext, plan: SheetPlan, treemap: boolean, beforeBlock?: () => void): Promise<string> {
  const sheet = context.workbook.worksheets.add(plan.name).load('id');
  context.workbook.application.suspendApiCalculationUntilNextSync();
  await context.sync();
  const tables = plan.blocks.filter((b): b is TablePlan => b.kind === 'table');
  for (const block of plan.blocks) {
    if (block.kind === 'text') {
      sheet.getRangeByIndexes(block.anchor.row, block.anchor.col, block.lines.length, 1).values = block.lines.map((l) => [safeCell(l)]);
    } else {
      await writeTable(context, sheet, block, beforeBlock);
    }
  }
  for (const t of tables) addTable(sheet, t);
  for (const c of plan.charts) addChart(sheet, c, tables.find((t) => t.name === c.table)!, treemap);
  plan.columnWidths.forEach((w, j) => (sheet.getRangeByIndexes(0, j, 1, 1).format.columnWidth = w * POINTS_PER_CHARACTER));
  await context.sync();
  return sheet.id;
}

/** Names of the workbook's tables, leaving out those on the sheets about to be replaced. */
export async function tableNamesOutside(context: Excel.RequestContext, sheetIds: readonly string[]): Promise<string[]> {
  const tables = context.workbook.tables.load('items/name,items/worksheet/id');
  await context.sync();
  return tables.items.filter((t) => !sheetIds.includes(t.worksheet.id)).map((t) => t.name);
}

/** After a failed write, removes the output sheets this run created (they hold half a report). */
export async function removeSheets(context: Excel.RequestContext, names: string[]): Promise<void> {
  try {
    const sheets = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n).load('id'));
    await context.sync();
    for (const s of sheets) if (!s.isNullObject) s.delete();
    await context.sync();
  } catch {
    // The original error says what went wrong; a failed clean-up must not hide it.
  }
}

/** The sheets a run wrote, and the earlier ones it set aside until the run is complete. */
export interface WrittenPlan {
  sheets: string[];
  aside: SetAsideSheet[];
  owned: string[];
}

/**
 * Writes the plan's sheets beside the add-in's earlier ones (checked by checkOutputSheets),
 * which are set aside until `keepPlan` or put back by `undoPlan`. A failure undoes itself.
 */
export async function writePlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  outputs: OutputSheets,
  /** beforeBlock runs before each block of rows (and may throw to stop: a cancel). */
  options: { treemap: boolean; onProgress?: OnProgress; beforeBlock?: () => void },
): Promise<WrittenPlan> {
  const aside = await setAsideSheets(context, outputs.replace);
  const written: WrittenPlan = { sheets: [], aside, owned: outputs.owned };
  try {
    for (const [i, sheet] of plan.sheets.entries()) {
      options.onProgress?.({ step: 'writing', sheet: sheet.name, part: i + 1, parts: plan.sheets.length + 1 });
      written.sheets.push(sheet.name);
      const id = await writeSheet(context, sheet, options.treemap, options.beforeBlock);
      written.owned = [...written.owned, id];
      context.workbook.settings.add(OWNED_SHEETS_SETTING, written.owned);
    }
  } catch (e) {
    await undoPlan(context, written, outputs);
    throw e;
  }
  return written;
}

/** The run is complete: the earlier sheets go, the first new sheet is shown. */
export async function keepPlan(context: Excel.RequestContext, written: WrittenPlan): Promise<void> {
  await dropSetAside(context, written.aside);
  const gone = written.aside.map((s) => s.id);
  context.workbook.settings.add(OWNED_SHEETS_SETTING, written.owned.filter((id) => !gone.includes(id)));
  if (written.sheets.length) context.workbook.worksheets.getItem(written.sheets[0]).activate();
  await context.sync();
}

/** Cancelled or failed: the new sheets go and the earlier ones get their names back, as if the run never started. */
export async function undoPlan(context: Excel.RequestContext, written: WrittenPlan, outputs: OutputSheets): Promise<void> {
  await removeSheets(context, written.sheets);
  try {
    await restoreSheets(context, written.aside);
    if (outputs.owned.length > 0) context.workbook.settings.add(OWNED_SHEETS_SETTING, outputs.owned);
    else context.workbook.settings.getItemOrNullObject(OWNED_SHEETS_SETTING).delete();
    await context.sync();
  } catch {
    // The original error says what went wrong; a failed clean-up must not hide it.
  }
}
