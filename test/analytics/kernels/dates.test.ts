import fc from 'fast-check';
import { CellValue, DayMonthOrder, dayByPatterns, detectDayMonthOrder, parseDay } from '../../../src/analytics';

const SLASH_DATE = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?)?$/i;
const regexDay = (v: string, order: DayMonthOrder) => (v.trim() === '' ? NaN : dayByPatterns(v, order));

function regexOrder(cells: CellValue[], limit: number): DayMonthOrder {
  let seen = 0;
  for (const v of cells) {
    const m = typeof v === 'string' ? SLASH_DATE.exec(v.trim()) : null;
    if (!m) continue;
    if (+m[1] > 12) return 'dmy';
    if (+m[2] > 12) return 'mdy';
    if (++seen >= limit) break;
  }
  return 'mdy';
}

const pad = (x: number, n: number) => String(x).padStart(n, '0');
// yyyy-mm-dd around the edges: leap days, month ends, years before 1900, zeros, too-large parts.
const isoText = fc
  .tuple(
    fc.oneof(fc.constantFrom(1899, 1900, 2000, 2023, 2024, 2100, 2400, 9999), fc.integer({ min: 1890, max: 9999 })),
    fc.integer({ min: 0, max: 13 }),
    fc.oneof(fc.constantFrom(0, 1, 28, 29, 30, 31, 32), fc.integer({ min: 0, max: 32 })),
  )
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const dateText = fc.oneof(
  isoText,
  isoText.map((s) => `${s}T10:30:00Z`),
  isoText.map((s) => ` ${s} `),
  isoText.map((s) => s.replace('-', '/')),
  fc.tuple(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 1890, max: 2100 })).map(([a, b, y]) => `${a}/${b}/${y}`),
  fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 })).map(([d, m]) => `${d}.${m}.2024`),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[0-9-]{10}$/),
);

describe('parseDay', () => {
  it('reads every text as the regular expressions do', () => {
    fc.assert(
      fc.property(dateText, fc.constantFrom<DayMonthOrder>('mdy', 'dmy'), (text, order) => {
        expect(parseDay(text, order)).toBe(regexDay(text, order));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('detectDayMonthOrder', () => {
  it('decides as the slash-date pattern alone does', () => {
    const cell = fc.oneof(dateText, fc.constantFrom<CellValue>(null, 45000, ''));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), fc.integer({ min: 1, max: 5 }), (cells, limit) => {
        expect(detectDayMonthOrder(cells, limit)).toBe(regexOrder(cells, limit));
      }),
    );
  });
});
