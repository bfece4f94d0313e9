import { CellValue } from '../analytics';
import { bytesPerCell, rowBlocks } from './blocks';
import { OnProgress } from './progress';
import { a1 } from './a1';

/** The block of cells the analysis reads: header row first. */
export interface SourceData {
  sheetName: string;
  /** A1 address of the whole block, without the sheet. */
  address: string;
  tableName?: string;
  rowIndex: number;
  columnIndex: number;
  values: CellValue[][];
}

interface Extent {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

const EXTENT = 'rowIndex,columnIndex,rowCount,columnCount';

const contains = (outer: Extent, cell: { rowIndex: number; columnIndex: number }) =>
  cell.rowIndex >= outer.rowIndex && cell.rowIndex < outer.rowIndex + outer.rowCount &&
  cell.columnIndex >= outer.columnIndex && cell.columnIndex < outer.columnIndex + outer.columnCount;

/** The table under the active cell, if there is one. */
async function tableUnderSelection(context: Excel.RequestContext, sheet: Excel.Worksheet, active: Excel.Range) {
  sheet.tables.load('items/name');
  await context.sync();
  const ranges = sheet.tables.items.map((t) => ({ name: t.name, range: t.getRange().load(EXTENT) }));
  await context.sync();
  const hit = ranges.find((t) => contains(t.range, active));
  return hit && { name: hit.name, extent: hit.range as Extent };
}

/** The table under the selection, else the selection's current region, else the sheet's used range. */
async function findSourceExtent(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<{ extent: Extent; tableName?: string }> {
  const active = context.workbook.getActiveCell().load(EXTENT);
  await context.sync();
  const table = await tableUnderSelection(context, sheet, active);
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

/**
 * Reads the data the user points at, in row blocks sized so that no response nears Excel on
 * the web's 5 MB limit, one sync per block.
 */
export async function readSourceData(context: Excel.RequestContext, onProgress?: OnProgress): Promise<SourceData> {
  const sheet = context.workbook.worksheets.getActiveWorksheet().load('name');
  const { extent, tableName } = await findSourceExtent(context, sheet);
  const { rowIndex, columnIndex, rowCount, columnCount } = extent;
  const sampleRows = Math.min(rowCount, 200);
  const sample = sheet.getRangeByIndexes(rowIndex, columnIndex, sampleRows, columnCount).load('values');
  await context.sync();
  const blocks = rowBlocks(rowCount, columnCount, bytesPerCell(sample.values));
  const values: CellValue[][] = new Array(rowCount);
  for (let b = 0; b < blocks.length; b++) {
    const { start, rows } = blocks[b];
    const range = sheet.getRangeByIndexes(rowIndex + start, columnIndex, rows, columnCount).load('values');
    await context.sync();
    const block = range.values as CellValue[][];
    for (let i = 0; i < rows; i++) values[start + i] = block[i];
    onProgress?.({ step: 'reading', block: b + 1, blocks: blocks.length });
  }
  return { sheetName: sheet.name, address: a1(extent.rowIndex, extent.columnIndex, extent.rowCount, extent.columnCount), tableName, rowIndex, columnIndex, values };
}
