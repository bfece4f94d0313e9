import { parse as parseSync } from 'csv-parse/sync';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * The encoding of a CSV file from its first bytes: a BOM says it (UTF-8, UTF-16); UTF-16 without a BOM
 * shows as a zero byte beside most ASCII letters; else UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise.
 * `bom` is how many bytes to skip.
 */
export function sniffEncoding(head: Uint8Array): { encoding: TextEncoding; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) zeroEven++;
    if (head[2 * i + 1] === 0) zeroOdd++;
  }
  if (pairs >= 2 && zeroOdd > 0.6 * pairs && zeroEven === 0) return { encoding: 'utf-16le', bom: 0 };
  if (pairs >= 2 && zeroEven > 0.6 * pairs && zeroOdd === 0) return { encoding: 'utf-16be', bom: 0 };
  try {
    // stream: true lets a character cut at the end of the sample pass.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    return { encoding: 'windows-1252', bom: 0 };
  }
}

/** A decoder for chunks of one file; UTF-8 is strict so a bad byte later on can still switch the file to Windows-1252. */
export function chunkDecoder(encoding: TextEncoding): (bytes: Uint8Array, last?: boolean) => string {
  if (encoding === 'windows-1252') return (bytes) => windows1252(bytes);
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true });
  return (bytes, last = false) => decoder.decode(bytes, { stream: !last });
}

/** Text of a whole CSV file in whatever encoding it came (see sniffEncoding). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const { encoding, bom } = sniffEncoding(bytes);
  try {
    return { text: chunkDecoder(encoding)(bytes.subarray(bom), true), encoding };
  } catch {
    return { text: windows1252(bytes), encoding: 'windows-1252' };
  }
}

// Windows-1252's 0x80–0x9F (Latin-1 has control characters there).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

const CANDIDATES = [',', ';', '\t', '|'];
const SNIFF_RECORDS = 6;

/** The text up to (not including) its nth line break, or all of it. */
function firstLines(text: string, n: number): string {
  let end = -1;
  for (let i = 0; i < n; i++) {
    end = text.indexOf('\n', end + 1);
    if (end < 0) return text;
  }
  return text.slice(0, end);
}

/** Fields per record of the first records, quotes understood (a quoted field may hold the delimiter or a line break). */
function fieldCounts(text: string, delimiter: string): number[] {
  // A quoted field cut by the end of the sample fails to parse: try again on fewer lines.
  for (let lines = 4 * SNIFF_RECORDS; lines >= 2; lines--) {
    try {
      const options = { delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: true, to: SNIFF_RECORDS };
      return (parseSync(firstLines(text, lines), options) as string[][]).map((r) => r.length);
    } catch {
      continue;
    }
  }
  const lines = text.split(/\r?\n/, SNIFF_RECORDS).filter((l) => l.trim() !== '');
  return lines.map((l) => l.replace(/"[^"]*"/g, '').split(delimiter).length);
}

/** The delimiter that splits the first records into the same, largest number of fields. */
export function sniffDelimiter(text: string): string {
  let best = ',';
  let bestFields = 1;
  for (const d of CANDIDATES) {
    const counts = fieldCounts(text, d);
    const consistent = counts.length > 0 && counts.every((c) => c === counts[0]);
    if (consistent && counts[0] > bestFields) {
      best = d;
      bestFields = counts[0];
    }
  }
  return best;
}
