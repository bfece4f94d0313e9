import { CellValue, isBlank } from './cells';

// Currency signs and spaces a user may leave around a number typed as text.
const NUMBER_NOISE = /[\s$€£¥₹¤]/g;
// An ISO currency code written beside the number: "12.50 USD", "EUR 7".
const CURRENCY_CODE = /^[A-Z]{3}\s+|\s+[A-Z]{3}$/;
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const THOUSANDS = /^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/;
// European: "1.234,56" or a decimal comma with one or two decimals, "12,5" / "12,50" ("1,234" stays thousands).
const EUROPEAN = /^[-+]?(\d{1,3}(\.\d{3})+,\d+|\d+,\d{1,2})$/;

/**
 * A cell as a number: numbers as they are, text such as "1,234.50", "$12", "(3.20)" or " 7 ".
 * Returns NaN when the cell holds something else (blank cells are the caller's business).
 */
export function parseNumber(v: CellValue): number {
  if (typeof v === 'number') return Number.isFinite(v) ? v : NaN;
  if (typeof v !== 'string' || isBlank(v)) return NaN;
  let s = v.trim().toUpperCase().replace(CURRENCY_CODE, '').replace(NUMBER_NOISE, '');
  let sign = 1;
  if (s.startsWith('(') && s.endsWith(')')) {
    sign = -1;
    s = s.slice(1, -1);
  }
  if (THOUSANDS.test(s)) s = s.replace(/,/g, '');
  else if (EUROPEAN.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  if (!PLAIN_NUMBER.test(s)) return NaN;
  return sign * Number(s);
}

/** Money is compared after rounding to 6 decimals so that 15.36 + 16.99 ties with 32.35. */
export function roundMoney(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
