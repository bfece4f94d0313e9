import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Options, parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { CellValue } from '../analytics';
import { CliError, EXIT } from './cli-error';
import { TextEncoding, chunkDecoder, sniffDelimiter, sniffEncoding } from './sniff';

export interface CsvProgress {
  rows: number;
  bytes: number;
  totalBytes: number;
}

/** How often the reader reports, in rows. */
const REPORT_EVERY = 10_000;

/** Quotes may appear inside an unquoted field (12" pipe); rows may be shorter or longer than the header. */
function csvOptions(delimiter: string): Options {
  return { delimiter, quote: '"', escape: '"', relax_quotes: true, relax_column_count: true, skip_empty_lines: false };
}

/**
 * One parsed record as cells, in place: every value stays text (ids such as "00017" keep their zeros),
 * an empty field is an empty cell, and a short row (a blank line too) is filled up to the header's width.
 */
function toCells(record: string[], width: number): CellValue[] {
  const cells = record as CellValue[];
  for (let i = 0; i < cells.length; i++) if (cells[i] === '') cells[i] = null;
  while (cells.length < width) cells.push(null);
  return cells;
}

/** The delimiter from the complete lines of the first chunk of text. */
function delimiterOf(firstText: string, whole: boolean): string {
  const end = firstText.lastIndexOf('\n');
  return sniffDelimiter(whole || end < 0 ? firstText : firstText.slice(0, end));
}

/** A whole CSV text as cells, header row first (the same parser and rules as readCsvFile). */
export function csvCells(text: string): CellValue[][] {
  const clean = text.replace(/^\uFEFF/, '');
  const records = parseSync(clean, csvOptions(delimiterOf(clean, true))) as string[][];
  const width = records[0]?.length ?? 0;
  return records.map((r) => toCells(r, width));
}

function parseError(path: string, e: unknown): CliError {
  return new CliError(`Cannot read ${path} as CSV: ${(e as Error).message}`, EXIT.unreadableInput);
}

/**
 * Reads a CSV file as a stream of chunks (the text is never held whole): encoding sniffed from the first
 * chunk, delimiter from its first lines. A UTF-8 file with a bad byte further on is read again as Windows-1252.
 */
export async function readCsvFile(path: string, onProgress?: (p: CsvProgress) => void, forced?: TextEncoding): Promise<CellValue[][]> {
  const totalBytes = (await stat(path)).size;
  let bytes = 0;
  let encoding: TextEncoding | undefined = forced;
  async function* texts(): AsyncGenerator<string> {
    let decode: ((b: Uint8Array, last?: boolean) => string) | undefined;
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) {
      let b = chunk as Buffer;
      bytes += b.length;
      if (!decode) {
        const sniffed = sniffEncoding(b);
        encoding ??= sniffed.encoding;
        if (encoding === sniffed.encoding || sniffed.encoding === 'utf-8') b = b.subarray(sniffed.bom);
        decode = chunkDecoder(encoding);
      }
      const text = decode(b);
      if (text) yield text;
    }
    const rest = decode?.(new Uint8Array(0), true);
    if (rest) yield rest;
  }
  const chunks = texts();
  const first = await chunks.next().catch((e) => ({ error: e as Error, done: true as const, value: undefined }));
  if ('error' in first) return retryOrFail(path, first.error, encoding, onProgress);
  if (first.done) return [];
  const delimiter = delimiterOf(first.value, bytes >= totalBytes);
  async function* all(): AsyncGenerator<string> {
    yield first.value as string;
    yield* chunks;
  }
  const rows: CellValue[][] = [];
  try {
    await pipeline(Readable.from(all()), parse(csvOptions(delimiter)), async (records: AsyncIterable<string[]>) => {
      let width = -1;
      for await (const record of records) {
        if (width < 0) width = record.length;
        const data = rows.push(toCells(record, width)) - 1;
        if (onProgress && data > 0 && data % REPORT_EVERY === 0) onProgress({ rows: data, bytes, totalBytes });
      }
    });
  } catch (e) {
    return retryOrFail(path, e as Error, encoding, onProgress);
  }
  onProgress?.({ rows: Math.max(0, rows.length - 1), bytes, totalBytes });
  return rows;
}

function retryOrFail(path: string, e: Error, encoding: TextEncoding | undefined, onProgress?: (p: CsvProgress) => void): Promise<CellValue[][]> {
  if ((e as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA' && encoding === 'utf-8') {
    return readCsvFile(path, onProgress, 'windows-1252');
  }
  if ((e as NodeJS.ErrnoException).code?.startsWith('CSV_')) throw parseError(path, e);
  throw e;
}
