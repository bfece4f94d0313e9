import { CellValue, ColumnRef, isBlank, isExcelError } from './cells';

/** Excel serial day of 1970-01-01 (serials count days since 1899-12-30). */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86400000;
/** 9999-12-31, the last date Excel can show. */
export const MAX_SERIAL = 2958465;

export function serialFromYmd(y: number, m: number, d: number): number {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 9999) return NaN;
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return NaN; // 2023-02-30
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

export function isoFromSerial(serial: number): string {
  return new Date((Math.floor(serial) - UNIX_EPOCH_SERIAL) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Order of day and month in slash dates such as 03/04/2024: decided once per column. */
export type DayMonthOrder = 'mdy' | 'dmy';

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASH_DATE = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?)?$/i;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * A cell as an Excel serial day (whole days; the time of day is dropped).
 * Numbers are serials, except 8-digit numbers such as 19970101 (yyyymmdd);
 * text may be ISO (2024-03-05, with or without a time), yyyymmdd, or d/m/yyyy / m/d/yyyy.
 * Returns NaN when the cell is not a date.
 */
export function parseDay(v: CellValue, order: DayMonthOrder = 'mdy'): number {
  if (typeof v === 'number') return dayFromNumber(v);
  return typeof v === 'string' ? textDay(v, order) : NaN;
}

/**
 * A text cell as parseDay reads it. `order` may be asked for only when needed: it decides slash
 * dates alone, and finding a column's order scans the column (ingest's row pass passes a function
 * that scans once, so a column of yyyy-mm-dd dates is never scanned).
 */
export function textDay(s: string, order: DayMonthOrder | (() => DayMonthOrder)): number {
  const iso = isoDay(s);
  if (iso === iso) return iso;
  if (isBlank(s) || isExcelError(s)) return NaN;
  return dayByPatterns(s, typeof order === 'function' ? order() : order);
}

/** A text date by the regular expressions alone (parseDay tries isoDay's hand reading first). */
export function dayByPatterns(v: string, order: DayMonthOrder = 'mdy'): number {
  const s = v.trim();
  let m = ISO_DATE.exec(s);
  if (m) return serialFromYmd(+m[1], +m[2], +m[3]);
  m = COMPACT_DATE.exec(s);
  if (m) return serialFromYmd(+m[1], +m[2], +m[3]);
  m = SLASH_DATE.exec(s);
  if (m) return order === 'mdy' ? serialFromYmd(+m[3], +m[1], +m[2]) : serialFromYmd(+m[3], +m[2], +m[1]);
  return NaN;
}

const DIGIT_0 = 48;
const HYPHEN = 45;

/** The digits of s from `from` to `to` as a number, or NaN when one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let x = 0;
  for (let j = from; j < to; j++) {
    const d = s.charCodeAt(j) - DIGIT_0;
    if (d < 0 || d > 9) return NaN;
    x = 10 * x + d;
  }
  return x;
}

/**
 * A yyyy-mm-dd cell as a serial day, without the regular expressions (the common form of text
 * dates, a million of them in a CSV import); NaN when s has another form or is not a date, for
 * parseDay's full reading to decide.
 */
export function isoDay(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== HYPHEN || s.charCodeAt(7) !== HYPHEN) return NaN;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (!(y >= 1900 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return NaN;
  return daysFromCivil(y, m, d) + UNIX_EPOCH_SERIAL;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A number cell as a day: a serial (time of day dropped), or an 8-digit yyyymmdd; NaN otherwise. */
export function dayFromNumber(x: number): number {
  if (!Number.isFinite(x) || x < 1) return NaN;
  if (x <= MAX_SERIAL) return Math.floor(x);
  if (Number.isInteger(x) && x >= 19000101 && x <= 99991231) {
    return serialFromYmd(Math.floor(x / 10000), Math.floor(x / 100) % 100, x % 100);
  }
  return NaN;
}

/** What one cell says about the order: 'dmy' or 'mdy' when it settles it, 'slash' for an ambiguous slash date, else undefined. */
function slashEvidence(v: CellValue): DayMonthOrder | 'slash' | undefined {
  // Without a slash or a dot the pattern cannot match: a column of ISO dates skips the regex.
  if (typeof v !== 'string' || (v.indexOf('/') < 0 && v.indexOf('.') < 0)) return undefined;
  const m = SLASH_DATE.exec(v.trim());
  if (!m) return undefined;
  if (+m[1] > 12) return 'dmy';
  if (+m[2] > 12) return 'mdy';
  return 'slash';
}

/** Slash dates are day-first when some first part exceeds 12, else month-first (Excel's en-US reading). */
export function detectDayMonthOrder(cells: Iterable<CellValue>, limit = 5000): DayMonthOrder {
  let seen = 0;
  for (const v of cells) {
    const e = slashEvidence(v);
    if (e === 'slash') {
      if (++seen >= limit) break;
    } else if (e) return e;
  }
  return 'mdy';
}

/** detectDayMonthOrder over one column of a 2D block, read in place (an iterator per cell was slow). */
export function columnDayMonthOrder(ref: ColumnRef, limit = 5000): DayMonthOrder {
  let seen = 0;
  for (let r = ref.start; r < ref.end; r++) {
    const v = ref.rows[r]?.[ref.col];
    if (typeof v !== 'string') continue;
    const e = slashEvidence(v);
    if (e === 'slash') {
      if (++seen >= limit) break;
    } else if (e) return e;
  }
  return 'mdy';
}

/** Parses an as-of date argument: a serial, a date text, or blank (undefined). */
export function parseAsOf(v: CellValue): number | undefined {
  if (isBlank(v)) return undefined;
  return parseDay(v);
}
