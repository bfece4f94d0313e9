import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { CellValue } from '../analytics';
import { CliError, EXIT } from './cli-error';
import { CsvProgress, readCsvFile } from './read-csv';
import { XlsxChoice, readXlsx } from './read-xlsx';

export { csvCells } from './read-csv';

export interface InputTable {
  /** Header row first. */
  values: CellValue[][];
  /** The sheet or table an .xlsx input was read from (`sheet "Orders"`); undefined for CSV. */
  where?: string;
}

export interface ReadOptions extends XlsxChoice {
  onProgress?: (p: CsvProgress) => void;
}

function unreadable(path: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
  return new CliError(`Cannot read ${path}: ${why}.`, EXIT.unreadableInput);
}

/** Reads a .csv (streamed) or .xlsx file into a 2D block of cells, header row first. */
export async function readInputTable(path: string, options: ReadOptions = {}): Promise<InputTable> {
  const ext = extname(path).toLowerCase();
  try {
    if ((await stat(path)).isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
  } catch (e) {
    throw unreadable(path, e);
  }
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
    const named = options.table ? `table "${options.table}"` : options.sheet ? `sheet "${options.sheet}"` : undefined;
    if (named) throw new CliError(`${path} is a CSV file: it has no ${named} to choose (sheets and tables are for .xlsx input).`, EXIT.badArguments);
    try {
      return { values: await readCsvFile(path, options.onProgress) };
    } catch (e) {
      throw e instanceof CliError ? e : unreadable(path, e);
    }
  }
  if (ext === '.xlsx' || ext === '.xlsm') {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (e) {
      throw unreadable(path, e);
    }
    const read = await readXlsx(bytes, path, options, options.onProgress);
    options.onProgress?.({ rows: Math.max(0, read.values.length - 1), bytes: bytes.length, totalBytes: bytes.length });
    return read;
  }
  const hint = ext === '.xls' ? ' (save an .xls workbook as .xlsx first)' : '';
  throw new CliError(`${path} is not a spreadsheet: give a .csv or .xlsx file${hint}.`, EXIT.unreadableInput);
}
