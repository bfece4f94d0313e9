import { inspectColumns } from '../../src/analytics';

describe('inspectColumns', () => {
  const values = [
    ['Order Date', 'Customer ID', 'Revenue', 'Notes'],
    ['2024-01-01', 'a', 10, 'x'],
    ['soon', 'b', 'ten', ''],
    ['2024-01-03', '', 5, ''],
    ['later', 'c', 7, ''],
  ];

  it('gives each column its role and the problems a user must see, in sheet rows', () => {
    expect(inspectColumns(values, {}, 5)).toEqual([
      { column: 0, header: 'Order Date', role: 'date', required: true, empty: 0, unparseable: 2, problem: '2 dates could not be read, first at row 7' },
      { column: 1, header: 'Customer ID', role: 'customer', required: true, empty: 1, unparseable: 0, problem: '1 empty, first at row 8' },
      { column: 2, header: 'Revenue', role: 'amount', required: true, empty: 0, unparseable: 1, problem: '1 amount could not be read, first at row 7' },
      { column: 3, header: 'Notes', role: undefined, required: false, empty: 0, unparseable: 0, problem: undefined },
    ]);
  });

  it('follows a hand mapping', () => {
    const out = inspectColumns(values, { product: 'Notes' });
    expect(out[3]).toMatchObject({ role: 'product', required: false });
  });
});
