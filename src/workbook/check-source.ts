import { SourceData } from './read-source';

/** A problem with the user's workbook that stops the run before anything is written. */
export class WorkbookStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookStateError';
  }
}

/** The data's sheet must take the segment columns: not protected, and a table not filtered (hidden rows would go unseen). */
export async function checkSourceWritable(context: Excel.RequestContext, source: SourceData): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(source.sheetName).load('protection/protected');
  const canSeeFilter = typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', '1.9') === true;
  const filter = source.tableName && canSeeFilter ? sheet.tables.getItem(source.tableName).autoFilter.load('isDataFiltered') : undefined;
  await context.sync();
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
