import { compareIds, detectDayMonthOrder, isoFromSerial, normalizeId, parseDay, parseNumber, roundMoney } from '../../src/analytics';

describe('parseDay', () => {
  it('reads serials, ISO text, yyyymmdd and slash dates', () => {
    expect(isoFromSerial(parseDay(45292))).toBe('2024-01-01');
    expect(isoFromSerial(parseDay(45292.75))).toBe('2024-01-01');
    expect(isoFromSerial(parseDay('2010-12-01 08:26:00'))).toBe('2010-12-01');
    expect(isoFromSerial(parseDay('2024-02-29T23:59:59Z'))).toBe('2024-02-29');
    expect(isoFromSerial(parseDay(19970101))).toBe('1997-01-01');
    expect(isoFromSerial(parseDay('19970112'))).toBe('1997-01-12');
    expect(isoFromSerial(parseDay('3/4/2024'))).toBe('2024-03-04');
    expect(isoFromSerial(parseDay('3/4/2024', 'dmy'))).toBe('2024-04-03');
  });

  it('rejects what is not a date', () => {
    for (const v of ['2023-02-30', 'soon', '', null, true, -3, 1e9]) expect(parseDay(v)).toBeNaN();
  });

  it('decides day-first from a column when a first part exceeds 12', () => {
    expect(detectDayMonthOrder(['1/2/2024', '25/12/2024'])).toBe('dmy');
    expect(detectDayMonthOrder(['1/2/2024', '12/25/2024'])).toBe('mdy');
  });
});

describe('parseNumber', () => {
  it('reads numbers stored as text with separators and currency', () => {
    expect(parseNumber('1,234.50')).toBe(1234.5);
    expect(parseNumber(' $12 ')).toBe(12);
    expect(parseNumber('(3.20)')).toBe(-3.2);
    expect(parseNumber('-7')).toBe(-7);
    expect(parseNumber('1e3')).toBe(1000);
    expect(parseNumber('12.50 USD')).toBe(12.5);
    expect(parseNumber('12,50')).toBe(12.5);
    expect(parseNumber('1.234,56 €')).toBe(1234.56);
    expect(parseNumber('1,234')).toBe(1234);
    for (const v of ['12abc', '1,2345', '', true, null, NaN]) expect(parseNumber(v)).toBeNaN();
  });

  it('rounds money to 6 decimals so sums tie', () => {
    expect(roundMoney(15.36 + 16.99)).toBe(roundMoney(32.35));
  });
});

describe('customer ids', () => {
  it('reads "17850.0" as the number 17850 but keeps zero-padded ids as text', () => {
    expect(normalizeId('17850.0')).toBe(17850);
    expect(normalizeId('00001')).toBe('00001');
    expect(normalizeId('  Ann ')).toBe('Ann');
    expect(normalizeId('')).toBeUndefined();
  });

  it('orders numbers numerically before text by code point', () => {
    expect([10, 'b', 2, 'B', 'a'].sort(compareIds)).toEqual([2, 10, 'B', 'a', 'b']);
  });
});
