/** Text of a CSV file in whatever encoding it came: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: windows1252(bytes), encoding: 'windows-1252' };
  }
}

// Windows-1252's 0x80–0x9F (Node decodes them as Latin-1 control characters).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

const CANDIDATES = [',', ';', '\t', '|'];

/** The delimiter that splits the first lines into the same, largest number of fields (quoted text ignored). */
export function sniffDelimiter(text: string): string {
  const lines = text.split(/\r?\n/, 6).filter((l) => l.trim() !== '');
  let best = ',';
  let bestFields = 1;
  for (const d of CANDIDATES) {
    const counts = lines.map((l) => l.replace(/"[^"]*"/g, '').split(d).length);
    const consistent = counts.every((c) => c === counts[0]);
    if (consistent && counts[0] > bestFields) {
      best = d;
      bestFields = counts[0];
    }
  }
  return best;
}
