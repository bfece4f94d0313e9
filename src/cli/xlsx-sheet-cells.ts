import { StringDecoder } from 'node:string_decoder';
import JSZip from 'jszip';
import { SaxesParser, SaxesTagPlain } from 'saxes';
import { CellValue } from '../analytics';
import { localName } from './xlsx-structure';

/** How much of a part's XML has been read (uncompressed bytes). */
export type PartProgress = (read: number) => void;

/** The part's uncompressed size as its zip entry records it (0 when unknown). */
export function partSize(file: JSZip.JSZipObject): number {
  return (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
}

/** Feeds a part's XML to a SAX parser as it inflates: a sheet's XML can pass the longest string V8 allows. */
async function parsePart(file: JSZip.JSZipObject, parser: SaxesParser, onProgress?: PartProgress): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let read = 0;
  await new Promise<void>((resolve, reject) => {
    const stream = file.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      try {
        parser.write(decoder.write(chunk));
        onProgress?.((read += chunk.length));
      } catch (e) {
        stream.pause();
        reject(e);
      }
    });
    stream.on('end', () => resolve()).on('error', reject);
  });
  parser.write(decoder.end()).close();
}

/**
 * The text of each `<si>` of the shared strings part, rich text runs joined; phonetic
 * guides (`<rPh>`) are not part of the cell's text.
 */
export async function sharedStrings(zip: JSZip, path: string | undefined): Promise<string[]> {
  const file = path ? zip.file(path) : null;
  if (!file) return [];
  const out: string[] = [];
  const parser = new SaxesParser();
  let text = '';
  let inText = false;
  let inPhonetic = false;
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (name === 'si') text = '';
    else if (name === 'rPh') inPhonetic = true;
    else if (name === 't' && !inPhonetic) inText = true;
  });
  parser.on('text', (s) => inText && (text += s));
  parser.on('cdata', (s) => inText && (text += s));
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (name === 't') inText = false;
    else if (name === 'rPh') inPhonetic = false;
    else if (name === 'si') out.push(text);
  });
  await parsePart(file, parser);
  return out;
}

/** "B3" → 2; the column of a cell reference, 1-based. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  return col;
}

/** Excel's 1900 serial day of an ISO 8601 date cell (`t="d"`). */
const serialOfIso = (iso: string) => Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`) / 86400000 + 25569;

/** A cell's value as Excel's Range.values gives it: numbers (dates as serial days), text, booleans, error codes. */
function cellValue(type: string, text: string, hasValue: boolean, strings: readonly string[], dateShift: (n: number) => number): CellValue {
  if (!hasValue) return null;
  switch (type) {
    case 's':
      return strings[Number(text)] ?? null;
    case 'str':
    case 'inlineStr':
    case 'e':
      return text;
    case 'b':
      return text === '1' || text === 'true';
    case 'd':
      return serialOfIso(text);
    default:
      return text === '' ? null : dateShift(Number(text));
  }
}

export interface SheetRead {
  strings: readonly string[];
  /** For a 1904-based workbook: whether a cell's style is a date format (its serial then moves to the 1900 system). */
  isDateStyle?: (style: number) => boolean;
  onProgress?: PartProgress;
}

/** Every row of a worksheet part with its cells by column (index 0 is column A), in the sheet's order. */
export async function sheetRows(file: JSZip.JSZipObject, read: SheetRead, onRow: (row: number, cells: CellValue[]) => void): Promise<void> {
  const { strings, isDateStyle } = read;
  const parser = new SaxesParser();
  let row = 0;
  let cells: CellValue[] = [];
  let col = 0;
  let type = 'n';
  let style = 0;
  let text = '';
  let hasValue = false;
  let inValue = false;
  let inPhonetic = false;
  const shift = (n: number) => (isDateStyle?.(style) ? n + 1462 : n);
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    const at = tag.attributes as Record<string, string>;
    if (name === 'row') {
      row = at.r ? Number(at.r) : row + 1;
      cells = [];
      col = 0;
    } else if (name === 'c') {
      col = at.r ? columnOf(at.r) : col + 1;
      type = at.t ?? 'n';
      style = at.s ? Number(at.s) : 0;
      text = '';
      hasValue = false;
    } else if (name === 'rPh') {
      inPhonetic = true;
    } else if ((name === 'v' || (name === 't' && type === 'inlineStr')) && !inPhonetic) {
      inValue = hasValue = true;
    }
  });
  parser.on('text', (s) => inValue && (text += s));
  parser.on('cdata', (s) => inValue && (text += s));
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (name === 'v' || name === 't') inValue = false;
    else if (name === 'rPh') inPhonetic = false;
    else if (name === 'c') cells[col - 1] = cellValue(type, text, hasValue, strings, shift);
    else if (name === 'row') onRow(row, cells);
  });
  await parsePart(file, parser, read.onProgress);
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a number format shows a date or a time: a built-in date format, or a code with d, m, y, h or s outside quotes, brackets and escapes. */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return BUILTIN_DATE_FORMATS.has(id);
  return /[dmyhs]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

/** Whether each cell style (an index into the styles part's cellXfs) has a date format. */
export async function dateStyles(zip: JSZip, path: string | undefined): Promise<(style: number) => boolean> {
  const file = path ? zip.file(path) : null;
  if (!file) return () => false;
  const codes = new Map<number, string>();
  const formats: number[] = [];
  let inCellStyles = false;
  const parser = new SaxesParser();
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    const at = tag.attributes as Record<string, string>;
    if (name === 'numFmt') codes.set(Number(at.numFmtId), at.formatCode ?? '');
    else if (name === 'cellXfs') inCellStyles = true;
    else if (name === 'xf' && inCellStyles) formats.push(Number(at.numFmtId ?? 0));
  });
  parser.on('closetag', (tag) => localName(tag.name) === 'cellXfs' && (inCellStyles = false));
  await parsePart(file, parser);
  const isDate = formats.map((id) => isDateFormat(id, codes.get(id)));
  return (style) => isDate[style] ?? false;
}
