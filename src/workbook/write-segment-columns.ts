import { Report } from '../analytics';
import { customerSegmentCells, ownedColumnOffsets, segmentColumnNames } from './plan/segment-columns';
import { blocksBySize, cellBytesCounter, rowBlocks } from './blocks';
import { SourceData } from './read-source';
import { a1 } from './a1';
import { nextTask } from './next-task';

export class ColumnsInTheWayError extends Error {
  constructor(address: string, count: number) {
    super(
      `CX Segments needs the ${count} empty columns to the right of your data (${address}) for its segment ` +
        'columns, but they are not empty. Nothing was changed: move what is there, or insert empty columns, then analyze again.',
    );
    this.name = 'ColumnsInTheWayError';
  }
}

/** Where the segment columns go: the names, and each one's column offset in the source (-1: to be added). */
export interface SegmentColumnsPlace {
  names: string[];
  offsets: number[];
}

/**
 * Finds where the segment columns go: in place on a re-run, else appended to the user's table
 * (or to the right of a plain range). Read-only: refuses when the cells it would take are not empty.
 */
export async function placeSegmentColumns(context: Excel.RequestContext, source: SourceData, extraSchemes: readonly string[] = []): Promise<SegmentColumnsPlace> {
  const names = segmentColumnNames(extraSchemes);
  const offsets = ownedColumnOffsets(source, names);
  const missing = offsets.filter((o) => o < 0).length;
  if (missing > 0) {
    const firstNew = source.columnIndex + source.values[0].length;
    const target = context.workbook.worksheets.getItem(source.sheetName).getRangeByIndexes(source.rowIndex, firstNew, source.values.length, missing);
    const used = target.getUsedRangeOrNullObject(true).load('address');
    await context.sync();
    if (!used.isNullObject) throw new ColumnsInTheWayError(a1(source.rowIndex, firstNew, source.values.length, missing), missing);
  }
  return { names, offsets };
}


/**
 * The segment cells of every data row without building a row of cells each: rows share their
 * customer's cells, and each row's request bytes (each cell written as a one-cell row, `[v],`)
 * come from its customer's. On a million rows this keeps the pane's thread free between blocks.
 */
async function segmentRows(report: Report, extraSchemes: readonly string[], width: number) {
  const perCustomer = report.customers.map((c) => customerSegmentCells(c, extraSchemes));
  const blank: (string | number | boolean)[] = new Array(width).fill('');
  const bytesOf = cellBytesCounter();
  const cost = (cells: readonly unknown[]) => cells.reduce<number>((sum, v) => sum + bytesOf(v) + 3, 0);
  const customerBytes = Float64Array.from(perCustomer, cost);
  const blankBytes = cost(blank);
  await nextTask();
  const { rowCustomer } = report;
  const bytes = new Float64Array(rowCustomer.length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = rowCustomer[i] < 0 ? blankBytes : customerBytes[rowCustomer[i]];
  return { bytes, cellsOf: (row: number) => (rowCustomer[row] < 0 ? blank : perCustomer[rowCustomer[row]]) };
}

/** Rows built between paints while a block's column is made: a million one-cell rows took the pane away for a frame or more. */
const ROWS_PER_TURN = 50_000;

/** Column j of rows start … start + rows − 1, one cell a row, made in turns. */
async function blockColumn(cellsOf: (row: number) => readonly (string | number | boolean)[], j: number, start: number, rows: number) {
  const column: (string | number | boolean)[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    column[i] = [cellsOf(start + i)[j]];
    if ((i + 1) % ROWS_PER_TURN === 0) await nextTask();
  }
  return column;
}

/** Writes the segment columns where placeSegmentColumns said, in row blocks under the payload budget. */
export async function writeSegmentColumns(
  context: Excel.RequestContext,
  source: SourceData,
  report: Report,
  place: SegmentColumnsPlace,
  extraSchemes: readonly string[] = [],
  beforeBlock?: () => void,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(source.sheetName);
  const { names } = place;
  let offsets = place.offsets;
  const missing = names.filter((_, j) => offsets[j] < 0);
  if (missing.length > 0) {
    if (source.tableName) {
      const table = sheet.tables.getItem(source.tableName);
      for (const name of missing) table.columns.add(undefined, undefined, name);
    } else {
      sheet.getRangeByIndexes(source.rowIndex, source.columnIndex + source.values[0].length, 1, missing.length).values = [missing];
    }
    let next = source.values[0].length;
    offsets = offsets.map((o) => (o >= 0 ? o : next++));
  }
  const { bytes, cellsOf } = await segmentRows(report, extraSchemes, names.length);
  for (const { start, rows } of blocksBySize(bytes, names.length)) {
    beforeBlock?.();
    for (let j = 0; j < names.length; j++) {
      const column = await blockColumn(cellsOf, j, start, rows);
      sheet.getRangeByIndexes(source.rowIndex + 1 + start, source.columnIndex + offsets[j], rows, 1).values = column;
      // A block's columns are built in turns, so the pane can paint between them.
      await nextTask();
    }
    await context.sync();
  }
}

/**
 * Puts the source back as it was read: columns the run added go (table columns deleted, range
 * cells cleared, as placeSegmentColumns found them empty), columns it overwrote get their old values.
 */
export async function undoSegmentColumns(context: Excel.RequestContext, source: SourceData, place: SegmentColumnsPlace): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(source.sheetName);
  const width = source.values[0].length;
  const added = place.names.filter((_, j) => place.offsets[j] < 0);
  const kept = place.offsets.filter((o) => o >= 0);
  const rowCount = source.values.length - 1;
  for (const { start, rows } of kept.length ? rowBlocks(rowCount, kept.length, 24) : []) {
    for (const o of kept) {
      const old = source.values.slice(1 + start, 1 + start + rows).map((row) => [row[o] ?? '']);
      sheet.getRangeByIndexes(source.rowIndex + 1 + start, source.columnIndex + o, rows, 1).values = old;
    }
    await context.sync();
  }
  if (added.length > 0) {
    const table = source.tableName ? sheet.tables.getItemOrNullObject(source.tableName).load('name') : undefined;
    await context.sync();
    if (table && !table.isNullObject) for (const name of added) table.columns.getItem(name).delete();
    else sheet.getRangeByIndexes(source.rowIndex, source.columnIndex + width, source.values.length, added.length).clear();
  }
  await context.sync();
}
