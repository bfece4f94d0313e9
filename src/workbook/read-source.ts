import { CellValue } from '../analytics';
import { MAX_CELLS_PER_REQUEST, PAYLOAD_BUDGET, isPayloadTooLarge, jsonBytes } from './blocks';
import { OnProgress } from './progress';
import { a1 } from './a1';
import { isOwnedHeader } from './plan/segment-columns';

/**
 * The block of cells the analysis reads: header row first. Read into a RowSink, the data rows
 * keep only the add-in's own columns (CX Segment …: what a re-run overwrites and a cancel puts
 * back); the sink has had the whole rows.
 */
export interface SourceData {
  sheetName: string;
  /** A1 address of the whole block, without the sheet. */
  address: string;
  tableName?: string;
  rowIndex: number;
  columnIndex: number;
  values: CellValue[][];
}

/** Where rows go as they are read, a block at a time, header row first (the analysis, in a worker). */
export interface RowSink {
  add(rows: CellValue[][]): Promise<void>;
}

interface Extent {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

const EXTENT = 'rowIndex,columnIndex,rowCount,columnCount';

const overlaps = (a: Extent, b: Extent) =>
  a.rowIndex < b.rowIndex + b.rowCount && b.rowIndex < a.rowIndex + a.rowCount &&
  a.columnIndex < b.columnIndex + b.columnCount && b.columnIndex < a.columnIndex + a.columnCount;

const cellOf = (e: Extent): Extent => ({ rowIndex: e.rowIndex, columnIndex: e.columnIndex, rowCount: 1, columnCount: 1 });

/** The table under the selection: the one holding the active cell, else the first the selection touches. */
async function tableUnderSelection(context: Excel.RequestContext, sheet: Excel.Worksheet, active: Extent, selection: Extent) {
  sheet.tables.load('items/name');
  await context.sync();
  const ranges = sheet.tables.items.map((t) => ({ name: t.name, range: t.getRange().load(EXTENT) }));
  await context.sync();
  const hit = ranges.find((t) => overlaps(t.range, cellOf(active))) ?? ranges.find((t) => overlaps(t.range, selection));
  return hit && { name: hit.name, extent: hit.range as Extent };
}

/** The table under the selection, else the selection's current region, else the sheet's used range. */
async function findSourceExtent(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<{ extent: Extent; tableName?: string }> {
  const active = context.workbook.getActiveCell().load(EXTENT);
  const selection = context.workbook.getSelectedRange().load(EXTENT);
  await context.sync();
  const table = await tableUnderSelection(context, sheet, active, selection);
  if (table) return { extent: table.extent, tableName: table.name };
  // Only the region's size: its values may be a million rows, read later in blocks.
  const region = active.getSurroundingRegion().load(EXTENT);
  const cell = active.load('values');
  await context.sync();
  if (region.rowCount > 1 || region.columnCount > 1 || cell.values[0][0] !== '') return { extent: region };
  const used = sheet.getUsedRange(true).load(EXTENT);
  await context.sync();
  return { extent: used };
}

/** Which data to analyze: a table by name, a sheet range by address (one cell: its current region), or (none) what is under the selection. */
export type SourceChoice = { tableName: string } | { sheetName: string; address: string };

/** The sheet and extent of the chosen data, or of the data under the selection. */
export async function locateSource(context: Excel.RequestContext, choice?: SourceChoice): Promise<{ sheet: Excel.Worksheet; extent: Extent; tableName?: string }> {
  if (choice && 'tableName' in choice) {
    const table = context.workbook.tables.getItemOrNullObject(choice.tableName).load('name');
    await context.sync();
    if (table.isNullObject) throw new Error(`There is no table named "${choice.tableName}" in this workbook any more: pick the data again.`);
    const sheet = table.worksheet.load('name');
    const range = table.getRange().load(EXTENT);
    await context.sync();
    return { sheet, extent: range, tableName: table.name };
  }
  if (choice) {
    const sheet = context.workbook.worksheets.getItemOrNullObject(choice.sheetName).load('name');
    await context.sync();
    if (sheet.isNullObject) throw new Error(`There is no sheet named "${choice.sheetName}" any more: pick the data again.`);
    let range = sheet.getRange(choice.address).load(EXTENT);
    await context.sync();
    // One cell stands for the data around it (its current region), so rows added later are read too.
    if (range.rowCount === 1 && range.columnCount === 1) {
      range = range.getSurroundingRegion().load(EXTENT);
      await context.sync();
    }
    return { sheet, extent: range };
  }
  const sheet = context.workbook.worksheets.getActiveWorksheet().load('name');
  return { sheet, ...(await findSourceExtent(context, sheet)) };
}

/**
 * Reads the data the user points at, in row blocks sized so that no response nears Excel on
 * the web's 5 MB limit, one sync per block. `budget` is the bytes a block may take.
 */
export async function readSourceData(
  context: Excel.RequestContext, onProgress?: OnProgress, budget = PAYLOAD_BUDGET, choice?: SourceChoice, sink?: RowSink,
): Promise<SourceData> {
  const { sheet, extent, tableName } = await locateSource(context, choice);
  const values = await readBlocks(context, sheet, extent, onProgress, budget, sink);
  const { rowIndex, columnIndex } = extent;
  return { sheetName: sheet.name, address: a1(rowIndex, columnIndex, extent.rowCount, extent.columnCount), tableName, rowIndex, columnIndex, values };
}

/**
 * JSON bytes per row of a block read, from at most 1,000 rows spread over it: sizing a whole
 * 5 MB block (stringify, then encode) held the pane's thread for a frame or more per block, and
 * the next block's 5% headroom and the halving retry cover what the spread sample misses.
 */
function sampledBytesPerRow(rows: readonly (readonly CellValue[])[]): number {
  const step = Math.max(1, Math.floor(rows.length / 1000));
  const picked = rows.filter((_, i) => i % step === 0);
  return jsonBytes(picked) / picked.length;
}

/** Rows a block may take with `perRow` bytes a row (plus 5% headroom: rows further down may be longer). */
function rowsFitting(budget: number, perRow: number, columnCount: number, left: number): number {
  const byBytes = Math.floor(budget / (Math.max(1, perRow) * 1.05));
  return Math.max(1, Math.min(byBytes, Math.floor(MAX_CELLS_PER_REQUEST / columnCount), left));
}

/**
 * Reads an extent's values in row blocks, one sync per block. Each block is sized from the bytes
 * per row of the block before (the sample, at first), so blocks stay near the budget as the data
 * changes; a block Excel refuses as too large is asked for again at half the rows.
 */
async function readBlocks(
  context: Excel.RequestContext, sheet: Excel.Worksheet, extent: Extent, onProgress?: OnProgress, budget = PAYLOAD_BUDGET, sink?: RowSink,
): Promise<CellValue[][]> {
  const { rowIndex, columnIndex, rowCount, columnCount } = extent;
  // A sample of up to 200 rows and 20,000 cells: a sheet 16,384 columns wide samples one row.
  const sampleRows = Math.max(1, Math.min(rowCount, 200, Math.floor(20_000 / columnCount)));
  const sample = sheet.getRangeByIndexes(rowIndex, columnIndex, sampleRows, columnCount).load('values');
  await context.sync();
  let perRow = jsonBytes(sample.values) / sampleRows;
  const values: CellValue[][] = new Array(rowCount);
  let keep: ((row: CellValue[]) => CellValue[]) | undefined;
  let start = 0;
  let block = 0;
  while (start < rowCount) {
    const rows = rowsFitting(budget, perRow, columnCount, rowCount - start);
    const range = sheet.getRangeByIndexes(rowIndex + start, columnIndex, rows, columnCount).load('values');
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadTooLarge(e) || rows === 1) throw e;
      perRow = (2 * budget) / rows;
      continue;
    }
    const got = range.values as CellValue[][];
    perRow = sampledBytesPerRow(got);
    if (sink) {
      if (start === 0) (values[0] = got[0]), (keep = ownColumnsOf(got[0]));
      for (let i = start === 0 ? 1 : 0; i < rows; i++) values[start + i] = keep!(got[i]);
      await sink.add(got);
    } else for (let i = 0; i < rows; i++) values[start + i] = got[i];
    start += rows;
    block++;
    onProgress?.({ step: 'reading', block, blocks: block + Math.ceil((rowCount - start) / rowsFitting(budget, perRow, columnCount, rowCount)) });
  }
  return values;
}

const NO_CELLS: CellValue[] = [];

/**
 * What a data row keeps once its cells have gone to a sink: the cells of the add-in's own columns
 * (at their offsets), so that a cancelled re-run can put them back; nothing when there are none.
 */
function ownColumnsOf(header: readonly CellValue[]): (row: CellValue[]) => CellValue[] {
  const own = header.flatMap((h, j) => (isOwnedHeader(h) ? [j] : []));
  if (own.length === 0) return () => NO_CELLS;
  return (row) => {
    const kept: CellValue[] = [];
    for (const j of own) kept[j] = row[j];
    return kept;
  };
}

/** A customers table the user names (an Excel table), header row first. */
export async function readNamedTable(context: Excel.RequestContext, name: string): Promise<CellValue[][]> {
  const table = context.workbook.tables.getItemOrNullObject(name).load('name');
  await context.sync();
  if (table.isNullObject) throw new Error(`There is no table named "${name}" in this workbook: pick the customers table from the list.`);
  const range = table.getRange().load(EXTENT);
  const sheet = table.worksheet;
  await context.sync();
  return readBlocks(context, sheet, range);
}
