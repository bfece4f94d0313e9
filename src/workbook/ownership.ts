/** The workbook setting that lists the ids of the sheets the add-in wrote. */
export const OWNED_SHEETS_SETTING = 'CXSegments.ownedSheets';
/** Output sheets are the add-in's own and start with this prefix. */
export const OUTPUT_PREFIX = 'CX ';

export class SheetConflictError extends Error {
  constructor(sheetName: string) {
    super(
      `A sheet named "${sheetName}" already exists and CX Segments did not write it, so it was left untouched. ` +
        'Rename or move that sheet, then analyze again.',
    );
    this.name = 'SheetConflictError';
  }
}

export async function ownedSheetIds(context: Excel.RequestContext): Promise<string[]> {
  const setting = context.workbook.settings.getItemOrNullObject(OWNED_SHEETS_SETTING).load('value');
  await context.sync();
  return setting.isNullObject ? [] : (setting.value as string[]);
}

export function recordOwnedSheets(context: Excel.RequestContext, ids: string[]): void {
  context.workbook.settings.add(OWNED_SHEETS_SETTING, [...new Set(ids)]);
}

/**
 * Makes room for an output sheet: deletes it when the add-in wrote it, refuses when the
 * user owns a sheet of that name. Returns the owned ids without the deleted one.
 */
export async function clearOutputSheet(context: Excel.RequestContext, name: string): Promise<string[]> {
  const owned = await ownedSheetIds(context);
  const existing = context.workbook.worksheets.getItemOrNullObject(name).load('id');
  await context.sync();
  if (existing.isNullObject) return owned;
  if (!owned.includes(existing.id)) throw new SheetConflictError(name);
  existing.delete();
  return owned.filter((id) => id !== existing.id);
}
