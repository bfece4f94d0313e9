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

  it('with an order column, takes the column that stays the same on every line of an order', () => {
    // "code" repeats (a product bought twice) and comes first; "land" agrees within orders but has
    // two values; "kunde" agrees within orders and varies most: it is the customer.
    const values = [
      ['Order ID', 'code', 'land', 'kunde', 'Order Date', 'Amount'],
      ['O1', 'P1', 'DE', 'k7', '2024-01-02', 5],
      ['O1', 'P2', 'DE', 'k7', '2024-01-02', 6],
      ['O2', 'P1', 'DE', 'k8', '2024-01-03', 5],
      ['O2', 'P3', 'DE', 'k8', '2024-01-03', 7],
      ['O3', 'P2', 'FR', 'k9', '2024-01-04', 6],
      ['O3', 'P1', 'FR', 'k9', '2024-01-04', 5],
      ['O4', 'P3', 'FR', 'k7', '2024-01-05', 7],
      ['O4', 'P2', 'FR', 'k7', '2024-01-05', 6],
    ];
    expect(mapTable(values).roles.customer).toBe(3);
    // Without the order column there is nothing to go by but repeats: the first such column.
    expect(mapTable(values.map((r) => r.slice(1))).roles.customer).toBe(0);
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
