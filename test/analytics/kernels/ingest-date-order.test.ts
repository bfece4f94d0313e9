import { columnDayMonthOrder } from '../../../src/analytics/dates';
import { CellValue, ingestTransactions, isoFromSerial, mapTable } from '../../../src/analytics';

jest.mock('../../../src/analytics/dates', () => {
  const actual = jest.requireActual('../../../src/analytics/dates');
  return { ...actual, columnDayMonthOrder: jest.fn(actual.columnDayMonthOrder) };
});

const scans = jest.mocked(columnDayMonthOrder);

function ingestDates(dates: CellValue[]) {
  scans.mockClear();
  const values = [['Customer', 'Date', 'Amount'], ...dates.map((d, i) => [i + 1, d, 10])];
  const tx = ingestTransactions(mapTable(values, { customer: 'Customer', date: 'Date', amount: 'Amount' }).columns);
  return { days: Array.from(tx.day, (d, i) => (tx.customer[i] < 0 ? null : isoFromSerial(d))), scans: scans.mock.calls.length };
}

describe("ingest's day-month order of a date column", () => {
  it('is not looked for in a column of serials, yyyy-mm-dd text, blanks and errors', () => {
    expect(ingestDates([45000, '2024-03-05', '', null, '#N/A', '2024-12-31'])).toEqual({
      days: ['2023-03-15', '2024-03-05', null, null, null, '2024-12-31'],
      scans: 0,
    });
  });

  it('is found once, at the first slash date, from the whole column', () => {
    // 04/03/2024 alone is ambiguous; 13/03/2024 further down makes the column day-first.
    expect(ingestDates(['2024-03-05', '04/03/2024', '2024-03-06', '13/03/2024', '05/03/2024'])).toEqual({
      days: ['2024-03-05', '2024-03-04', '2024-03-06', '2024-03-13', '2024-03-05'],
      scans: 1,
    });
  });

  it('reads ambiguous slash dates month-first when nothing in the column says otherwise', () => {
    expect(ingestDates(['04/03/2024', '2024-03-06']).days).toEqual(['2024-04-03', '2024-03-06']);
  });
});
