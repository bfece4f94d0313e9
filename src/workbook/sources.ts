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

/** Every table of the workbook, in sheet order as Excel lists them. */
export async function listTables(context: Excel.RequestContext): Promise<SourceInfo[]> {
  const tables = context.workbook.tables.load('items/name');
  await context.sync();
  const found = tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.load('name'), range: t.getRange().load('rowIndex,columnIndex,rowCount,columnCount') }));
  await context.sync();
  return found.map((t) => sourceInfo(t.sheet.name, t.range, t.name));
}

/** The first rows of a block, header first, for the Columns step; `rows` counts what the block holds in all. */
export interface SourcePreview {
  source: SourceInfo;
  values: CellValue[][];
  /** True when the block has more data rows than were read. */
  truncated: boolean;
}

/** What the pane shows when it opens: the workbook's sources, and the first rows of the chosen block (else the one under the selection). */
export interface WorkbookLook {
  sources: WorkbookSources;
  preview: SourcePreview;
}

type Located = Awaited<ReturnType<typeof locateSource>>;

/** Reads the header and up to `maxRows` data rows of a located block (kept well under the payload limit). */
async function previewOf(context: Excel.RequestContext, { sheet, extent, tableName }: Located, maxRows: number): Promise<SourcePreview> {
  // At most 100,000 cells: a wide block previews fewer rows rather than nearing the 5 MB limit.
  const rows = Math.min(extent.rowCount, maxRows + 1, Math.max(2, Math.floor(100_000 / extent.columnCount)));
  const range = sheet.getRangeByIndexes(extent.rowIndex, extent.columnIndex, rows, extent.columnCount).load('values');
  await context.sync();
  return { source: sourceInfo(sheet.name, extent, tableName), values: range.values as CellValue[][], truncated: extent.rowCount > rows };
}

/**
 * The workbook's tables, the block under the selection and the chosen block's first rows, in one
 * request to Excel: the selection is located once, whether or not it is the block previewed.
 */
export function lookAtWorkbook(choice: SourceChoice | undefined, maxRows = 2000): Promise<WorkbookLook> {
  return Excel.run(async (context) => {
    const tables = await listTables(context);
    // An empty sheet or a chart selected leaves nothing under the selection: the user picks a table instead.
    const selected = await locateSource(context).catch(() => undefined);
    const located = choice || !selected ? await locateSource(context, choice) : selected;
    const underSelection = selected && sourceInfo(selected.sheet.name, selected.extent, selected.tableName);
    return { sources: { underSelection, tables }, preview: await previewOf(context, located, maxRows) };
  }).catch((e) => Promise.reject(explainExcelError(e)));
}
