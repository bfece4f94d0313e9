import { CellValue } from '../analytics';
import { a1 } from './a1';
import { SourceChoice, locateSource } from './read-source';
import { explainExcelError } from './check-source';

/** A block of data the pane can offer: where it is and how big. */
export interface SourceInfo {
  sheetName: string;
  /** A1 address without the sheet, header row included. */
  address: string;
  /** Data rows, the header row not counted. */
  rows: number;
  columns: number;
  tableName?: string;
  /** How to ask for this block again. */
  choice: SourceChoice;
}

/** What the Data step shows: the block under the selection and every table of the workbook. */
export interface WorkbookSources {
  underSelection?: SourceInfo;
  tables: SourceInfo[];
}

type Extent = { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };

function sourceInfo(sheetName: string, e: Extent, tableName?: string): SourceInfo {
  const address = a1(e.rowIndex, e.columnIndex, e.rowCount, e.columnCount);
  return {
    sheetName,
    address,
    rows: Math.max(0, e.rowCount - 1),
    columns: e.columnCount,
    tableName,
    choice: tableName ? { tableName } : { sheetName, address },
  };
}

/** The chosen block (or the one under the selection) without reading its values. */
export async function findSource(context: Excel.RequestContext, choice?: SourceChoice): Promise<SourceInfo> {
  // locateSource has loaded the sheet's name on every path.
  const { sheet, extent, tableName } = await locateSource(context, choice);
  return sourceInfo(sheet.name, extent, tableName);
}

/** Every table of the workbook, in sheet order as Excel lists them. */
export async function listTables(context: Excel.RequestContext): Promise<SourceInfo[]> {
  const tables = context.workbook.tables.load('items/name');
  await context.sync();
  const found = tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.load('name'), range: t.getRange().load('rowIndex,columnIndex,rowCount,columnCount') }));
  await context.sync();
  return found.map((t) => sourceInfo(t.sheet.name, t.range, t.name));
}

export async function listSources(context: Excel.RequestContext): Promise<WorkbookSources> {
  const tables = await listTables(context);
  let underSelection: SourceInfo | undefined;
  try {
    underSelection = await findSource(context);
  } catch {
    // An empty sheet or a chart selected: the user picks a table instead.
  }
  return { underSelection, tables };
}

/** The Data step's view of the workbook. */
export function describeSources(): Promise<WorkbookSources> {
  return Excel.run(listSources).catch((e) => Promise.reject(explainExcelError(e)));
}

/** The first rows of a block, header first, for the Columns step; `rows` counts what the block holds in all. */
export interface SourcePreview {
  source: SourceInfo;
  values: CellValue[][];
  /** True when the block has more data rows than were read. */
  truncated: boolean;
}

/** Reads the header and up to `maxRows` data rows of the chosen block in one request (kept well under the payload limit). */
export function previewSource(choice: SourceChoice | undefined, maxRows = 2000): Promise<SourcePreview> {
  return Excel.run(async (context) => {
    const { sheet, extent, tableName } = await locateSource(context, choice);
    // At most 100,000 cells: a wide block previews fewer rows rather than nearing the 5 MB limit.
    const rows = Math.min(extent.rowCount, maxRows + 1, Math.max(2, Math.floor(100_000 / extent.columnCount)));
    const range = sheet.getRangeByIndexes(extent.rowIndex, extent.columnIndex, rows, extent.columnCount).load('values');
    await context.sync();
    return { source: sourceInfo(sheet.name, extent, tableName), values: range.values as CellValue[][], truncated: extent.rowCount > rows };
  }).catch((e) => Promise.reject(explainExcelError(e)));
}
