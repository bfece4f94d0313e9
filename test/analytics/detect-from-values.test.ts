import { mapTable } from '../../src/analytics';

describe('roles from values when the headers say nothing', () => {
  it('finds the text dates, the decimal amounts and the repeated customer ids', () => {
    const values = [
      ['who', 'when', 'how much', 'note'],
      ['ann', '2024-01-02', '12.50', 'x'],
      ['bob', '2024-01-03', 7.25, 'y'],
      ['ann', '2024-01-05', 3, 'z'],
      ['cy', '2024-02-01', 10.1, 'w'],
      ['bob', '2024-02-03', 4.4, 'v'],
    ];
    expect(mapTable(values).roles).toEqual({ customer: 0, date: 1, amount: 2 });
  });

  it('keeps header matches and a hand mapping first', () => {
    const values = [['CustomerID', 'x', 'Revenue'], ['a', '2024-01-01', 1.5], ['b', '2024-01-02', 2.5]];
    expect(mapTable(values).roles).toEqual({ customer: 0, date: 1, amount: 2 });
    expect(mapTable(values, { date: 'x' }).roles).toEqual({ customer: 0, date: 1, amount: 2 });
  });

  it('still names what it cannot find', () => {
    expect(() => mapTable([['a', 'b'], [1, 2], [3, 4]])).toThrow(/Could not find the customer, date, amount columns/);
  });
});
