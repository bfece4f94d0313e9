import { CellValue } from '../analytics';

// Text Excel would not keep as typed: formulas (= + - @), numbers, dates, booleans, and text
// that already starts with an apostrophe.
const REINTERPRETED = /^[=+\-@']|^[\s$€£¥(]*\d[\d.,]*(e[-+]?\d+)?[%)]?\s*$|^\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|^\s*(true|false)\s*$/i;

/**
 * A value to write so that Excel stores exactly it: text Excel would turn into a formula,
 * number, date or boolean gets an apostrophe prefix, which Excel keeps as the cell's quote
 * prefix and does not show or return. Blank becomes "" (null would leave the cell unchanged).
 */
export function safeCell(v: CellValue): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' && REINTERPRETED.test(v)) return `'${v}`;
  return v;
}
