import fc from 'fast-check';
import { CellValue, ColumnRef, Role, TransactionColumns, ingestTransactions } from '../../../src/analytics';
import { compiledRowPass, ingestKernels } from '../../../src/analytics/ingest-pass';

jest.mock('../../../src/analytics/ingest-pass', () => {
  const actual = jest.requireActual('../../../src/analytics/ingest-pass');
  return { ...actual, compiledRowPass: jest.fn(actual.compiledRowPass) };
});

// Every role the pass may meet: the row's own, then numeric and category attributes.
const ROLES = ['customer', 'order', 'date', 'amount', 'quantity', 'unitPrice', 'age', 'status', 'category', 'product', 'region', 'channel'] as const;
type Column = (typeof ROLES)[number];
const OPTIONAL: Column[] = ['order', 'quantity', 'age', 'status', 'category', 'product', 'region', 'channel'];

const text = (xs: string[]) => fc.oneof(fc.constantFrom(...xs), fc.constantFrom('', ' ', '#N/A', null, true, 7), fc.string({ maxLength: 3 }));
const cells: Record<Column, fc.Arbitrary<CellValue>> = {
  customer: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constantFrom('C1', ' 7 ', '', null, '#N/A', 2.5, -3)),
  order: fc.oneof(fc.integer({ min: 100, max: 130 }), fc.constantFrom('A-1', '', null, 100.5, ' 101 ')),
  date: fc.oneof(fc.integer({ min: 45_000, max: 45_100 }), fc.constantFrom('2024-03-05', '05/03/2024', '13/04/2024', 'x', '', null, 45000.5, 20240105)),
  amount: fc.oneof(fc.double({ min: -50, max: 500, noNaN: true }), fc.constantFrom('$12.50', 'n/a', '', null)),
  quantity: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constantFrom('2', 'x', '', null)),
  unitPrice: fc.oneof(fc.double({ min: 0, max: 50, noNaN: true }), fc.constantFrom('3', '', null)),
  age: fc.oneof(fc.integer({ min: 18, max: 90 }), fc.constantFrom('', 'old', null)),
  status: text(['Delivered', 'Returned', ' Returned ', 'In Transit']),
  category: text(['Home', 'Toys', 'Books']),
  // Up to 200 labels: past 32 (slots by tail) and 128 (codes widen to two bytes).
  product: fc.oneof(fc.integer({ min: 0, max: 199 }).map((k) => `P${k}`), text(['P1', ' P1'])),
  region: text(['North', 'South']),
  channel: text(['Web', 'Store', 'Phone']),
};

/** The mapped roles' columns, all in one block under a header row (mapTable's case, the one the compiled pass takes). */
function columnsOf(rows: CellValue[][], roles: Column[]): TransactionColumns {
  const block = [[...ROLES], ...rows];
  const cols = {} as TransactionColumns;
  for (const role of roles) cols[role as Role] = { rows: block, col: ROLES.indexOf(role), start: 1, end: rows.length + 1 } as ColumnRef;
  return cols;
}

function ingestWith(compiled: boolean, cols: TransactionColumns) {
  ingestKernels.enabled = compiled;
  try {
    return ingestTransactions(cols, { returnedStatuses: undefined });
  } finally {
    ingestKernels.enabled = true;
  }
}

describe('the compiled row pass', () => {
  it('is what ingest runs on one block of cells', () => {
    const rows: CellValue[][] = [[1, 100, 45000, 10, 2, 3, 40, 'Delivered', 'Home', 'P1', 'North', 'Web']];
    ingestTransactions(columnsOf(rows, ['customer', 'date', 'amount', 'status', 'product', 'quantity']));
    // Two category columns and one numeric; without the pass the other test would compare readRows with itself.
    expect(compiledRowPass).toHaveBeenCalledWith(2, 1);
    expect(compiledRowPass).toHaveReturnedWith(expect.any(Function));
  });

  it('gives what readRows gives, for any set of attribute columns', () => {
    const row = fc.tuple(...ROLES.map((r) => cells[r]));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 300 }), fc.subarray(OPTIONAL), fc.boolean(), (tuples, optional, byPrice) => {
        const rows = tuples.map((t) => [...t]);
        // Without an amount, quantity × unit price (both mapped).
        const roles: Column[] = ['customer', 'date', ...optional, ...(byPrice ? (['quantity', 'unitPrice'] as Column[]) : (['amount'] as Column[]))];
        const cols = columnsOf(rows, [...new Set(roles)]);
        expect(ingestWith(true, cols)).toEqual(ingestWith(false, cols));
      }),
      // A failure past 128 product labels cannot shrink below them, and shrinking it took minutes.
      { numRuns: 300, endOnFailure: true },
    );
  });
});
