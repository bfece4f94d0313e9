import fc from 'fast-check';
import { serialFromYmd } from '../../../src/analytics';
import { monthLabel, monthOfSerial, yearOfSerial } from '../../../src/analytics/report';

describe('calendar', () => {
  it('known days, leap days and year ends', () => {
    expect(monthLabel(monthOfSerial(serialFromYmd(2024, 2, 29)))).toBe('2024-02');
    expect(monthLabel(monthOfSerial(serialFromYmd(2023, 12, 31)))).toBe('2023-12');
    expect(monthLabel(monthOfSerial(serialFromYmd(2024, 1, 1)))).toBe('2024-01');
    expect(monthLabel(monthOfSerial(serialFromYmd(1900, 3, 1)))).toBe('1900-03');
    expect(yearOfSerial(45000)).toBe(2023); // 2023-03-15
  });

  it('agrees with Date for any day Excel can hold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const d = new Date((serial - 25569) * 86400000);
        expect(monthOfSerial(serial)).toBe(d.getUTCFullYear() * 12 + d.getUTCMonth());
      }),
    );
  });
});
