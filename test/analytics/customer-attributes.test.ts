import {
  attributesFromCustomersTable, attributesFromTransactions, buildCustomerTable, customerMetrics, defaultAsOf,
  ingestTransactions, mapTable,
} from '../../src/analytics';
import { CellValue } from '../../src/analytics';

function customersOf(values: CellValue[][]) {
  const tx = ingestTransactions(mapTable(values).columns);
  const asOf = defaultAsOf(tx);
  return { tx, table: buildCustomerTable(customerMetrics(tx, asOf), asOf) };
}

const ORDERS: CellValue[][] = [
  ['customer_id', 'order_date', 'total_price', 'gender', 'age'],
  ['c1', 45000, 10, 'F', 30],
  ['c1', 45001, 10, 'M', 30],
  ['c1', 45002, 10, 'F', null],
  ['c2', 45000, 10, 'M', '41'],
  ['c2', 45001, 10, 'F', 41],
  ['c3', 45000, 10, null, null],
];

describe('attributesFromTransactions', () => {
  it("takes each customer's most frequent value, ties to the smallest, and counts inconsistent customers", () => {
    const { tx, table } = customersOf(ORDERS);
    const attrs = attributesFromTransactions(tx, table);
    expect(table.ids).toEqual(['c1', 'c2', 'c3']);
    // c1: F twice, M once → F; c2: M once, F once → tie, "F" < "M"; c3: blank only → null
    expect(attrs.gender).toEqual({ values: ['F', 'F', null], conflicts: 2 });
    expect(attrs.age).toEqual({ values: [30, 41, null], conflicts: 0 });
  });
});

describe('attributesFromCustomersTable', () => {
  it('joins on customer id, names known roles by role and others by header, and counts what does not join', () => {
    const { table } = customersOf(ORDERS);
    const result = attributesFromCustomersTable(
      [
        ['CustomerID', 'Education', 'Loyalty Tier', 'Annual Income'],
        ['c2', 'Doctorate', 'Gold', '85,000'],
        ['c1', 'Associate Degree', 'Silver', 52000],
        ['c1', 'Associate Degree', 'Gold', 52000],
        ['zz', 'Bachelor', 'Gold', 1],
        [null, 'Bachelor', 'Gold', 1],
      ],
      table,
    );
    expect(result.attributes.education).toEqual({ values: ['Associate Degree', 'Doctorate', null], conflicts: 0 });
    expect(result.attributes['Loyalty Tier']).toEqual({ values: ['Gold', 'Gold', null], conflicts: 1 });
    expect(result.attributes.income).toEqual({ values: [52000, 85000, null], conflicts: 0 });
    expect(result).toMatchObject({ unmatchedRows: 1, customersWithoutRow: 1, blankIdRows: 1 });
  });

  it('names the columns when there is no customer id column', () => {
    const { table } = customersOf(ORDERS);
    expect(() => attributesFromCustomersTable([['name', 'age']], table)).toThrow('The customers table has no customer id column. Columns: name, age.');
  });
});
