import { CellValue } from '../analytics';

// Characters XML 1.0 cannot hold at all (a CSV may still carry them), and those to escape.
const NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
const NEEDS_WORK = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF&<>]/;

/** Text as XML character data; most cells need nothing done, and are returned as they are. */
export function escapeXml(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A SpreadsheetML cell (`style`: an index into the package's cellXfs), or '' for an empty one. */
export function cellXml(ref: string, v: CellValue | undefined, style = ''): string {
  if (v === null || v === undefined || v === '') return '';
  const s = style ? ` s="${style}"` : '';
  if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"${s}><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  // Inline text: never a formula, never a number, whatever it looks like.
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(v))}</t></is></c>`;
}
