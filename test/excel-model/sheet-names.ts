import { modelError } from './addresses';

/**
 * Excel's worksheet name rules: 1–31 characters, none of : \ / ? * [ ], not starting or
 * ending with an apostrophe, not "History", unique ignoring case.
 */
export function checkSheetName(name: string, existing: readonly string[]): void {
  const bad =
    name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'") ||
    name.toLowerCase() === 'history';
  if (bad) throw modelError('InvalidArgument', `The sheet name "${name}" is not valid.`);
  if (existing.some((n) => n.toLowerCase() === name.toLowerCase())) {
    throw modelError('ItemAlreadyExists', 'A resource with the same name or identifier already exists.');
  }
}

/** Table names: start with a letter, _ or \, then letters, digits, _ or ., up to 255, not a cell reference; unique in the workbook. */
export function checkTableName(name: string, existing: readonly string[]): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) {
    throw modelError('InvalidArgument', `The table name "${name}" is not valid.`);
  }
  if (existing.some((n) => n.toLowerCase() === name.toLowerCase())) throw modelError('ItemAlreadyExists', 'A resource with the same name or identifier already exists.');
}
