import { readRows } from '../../../src/analytics/ingest-rows';
import { ingestTransactions, rowPassOverNoRows } from '../../../src/analytics/ingest';
import { CategoryEncoder } from '../../../src/analytics/dimensions';
import { IdIndex } from '../../../src/analytics/ids';
import { mapTable } from '../../../src/analytics/table';
import { ingestKernels } from '../../../src/analytics/ingest-pass';

jest.mock('../../../src/analytics/ingest-rows', () => {
  const actual = jest.requireActual('../../../src/analytics/ingest-rows');
  return { ...actual, readRows: jest.fn(actual.readRows) };
});

describe('the row pass kept between ingests', () => {
  it("has the run's pass's keys in the same order, so that it keeps the pass's hidden class alive", () => {
    const values = [
      ['Customer', 'Order', 'Date', 'Amount', 'Status', 'Product', 'Quantity'],
      [1, 'A', 45000, 10, 'Delivered', 'Pen', 2],
      [2, 'B', 45001, 5, 'Returned', 'Ink', 1],
    ];
    const { columns } = mapTable(values, { customer: 'Customer', order: 'Order', date: 'Date', amount: 'Amount', status: 'Status', product: 'Product', quantity: 'Quantity' });
    // readRows gets the record where no pass can be compiled; the compiled pass gets the same one.
    ingestKernels.enabled = false;
    try {
      ingestTransactions(columns);
    } finally {
      ingestKernels.enabled = true;
    }
    expect(readRows).toHaveBeenCalledTimes(1);
    const pass = jest.mocked(readRows).mock.calls[0][0];
    const keeper = rowPassOverNoRows(new CategoryEncoder('', 0), new IdIndex(), new IdIndex({ listIds: false }));
    expect(Object.keys(keeper)).toEqual(Object.keys(pass));
  });
});
