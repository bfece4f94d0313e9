import { SourceData } from './read-source';

/** A problem with the user's workbook that stops the run before anything is written. */
export class WorkbookStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookStateError';
  }
}

const supports = (version: string) => typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;

/**
 * The data's sheet must take the segment columns: not protected, a table not filtered (hidden
 * rows would go unseen), no merged cells in the data (where the host can tell, ExcelApi 1.13).
 */
export async function checkSourceWritable(context: Excel.RequestContext, source: SourceData): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(source.sheetName).load('protection/protected');
  const filter = source.tableName && supports('1.9') ? sheet.tables.getItem(source.tableName).autoFilter.load('isDataFiltered') : undefined;
  const data = sheet.getRangeByIndexes(source.rowIndex, source.columnIndex, source.values.length, source.values[0]?.length ?? 1);
  const merged = supports('1.13') ? data.getMergedAreasOrNullObject().load('address') : undefined;
  await context.sync();
  if (merged && !merged.isNullObject) {
    throw new WorkbookStateError(`The data has merged cells (${merged.address}). Unmerge them (Home › Merge & Center › Unmerge Cells) so every row has its own values, then analyze again. Nothing was changed.`);
  }
  if (sheet.protection.protected) {
    throw new WorkbookStateError(`The sheet "${source.sheetName}" is protected, so the segment columns cannot be added. Unprotect it (Review › Unprotect Sheet), then analyze again. Nothing was changed.`);
  }
  if (filter?.isDataFiltered) {
    throw new WorkbookStateError(`The table "${source.tableName}" is filtered. Clear the filter (Data › Clear) so every row gets its segment, then analyze again. Nothing was changed.`);
  }
}

/** Excel's own errors in words a user can act on. */
export function explainExcelError(e: unknown): unknown {
  const message = e instanceof Error ? e.message : String(e);
  if (/cell-?edit|edit mode/i.test(message)) {
    return new WorkbookStateError('Excel is busy editing a cell. Press Enter or Esc to finish, then click Analyze again. Nothing was changed.');
  }
  return e;
}
