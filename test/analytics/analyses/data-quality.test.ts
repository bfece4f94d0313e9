import { CellValue, analyzeTable } from '../../../src/analytics';

describe('data quality: values out of range', () => {
  it('counts ages outside 0–120, negative incomes and negative quantities on rows that are not returns, over rows with a customer', () => {
    const values: CellValue[][] = [
      ['customer', 'order', 'date', 'amount', 'status', 'quantity', 'age', 'income'],
      ['c1', 'o1', 45000, 10, 'Delivered', 2, 30, 50000],
      ['c1', 'o2', 45001, 10, 'Delivered', -1, 30, 50000], // negative quantity on a purchase
      ['c2', 'o3', 45002, -5, 'Returned', -1, 130, -10], // a return's negative quantity is fine; age 130, income −10
      ['c3', 'o4', 45003, 20, 'Delivered', 1, -2, ''], // age −2; a blank income is not out of range
      ['c3', 'o5', 45004, 20, 'Delivered', '', 121, 'n/a'], // age 121; unreadable values are not counted here
      ['', 'o6', 45005, 20, 'Delivered', -3, 200, -1], // no customer: the row is skipped, not judged
    ];
    expect(analyzeTable(values).sections!.dataQuality.outOfRange).toEqual([
      { column: 'age', count: 3, rule: 'age outside 0–120' },
      { column: 'income', count: 1, rule: 'negative income' },
      { column: 'quantity', count: 1, rule: 'negative quantity on a row whose status is not a return' },
    ]);
  });

  it('leaves out a check whose column is missing or has nothing out of range', () => {
    const values: CellValue[][] = [
      ['customer', 'order', 'date', 'amount', 'quantity'],
      ['c1', 'o1', 45000, 10, -2], // no status column: a negative quantity marks a return, not a bad value
      ['c2', 'o2', 45001, 10, 1],
    ];
    expect(analyzeTable(values).sections!.dataQuality.outOfRange).toEqual([]);
  });
});

describe('data quality: customer attributes that disagree', () => {
  it('counts per attribute the customers whose rows give more than one value', () => {
    const values: CellValue[][] = [
      ['customer', 'order', 'date', 'amount', 'gender', 'age'],
      ['c1', 'o1', 45000, 10, 'F', 30],
      ['c1', 'o2', 45001, 10, 'M', 30], // c1: F and M
      ['c2', 'o3', 45002, 10, 'M', 41],
      ['c2', 'o4', 45003, 10, 'M', 42], // c2: two ages
      ['c3', 'o5', 45004, 10, '', 50], // a blank is not a second value
      ['c3', 'o6', 45005, 10, 'F', 50],
    ];
    const report = analyzeTable(values);
    expect(report.sections!.dataQuality.inconsistentAttributes).toEqual({ age: 1, gender: 1 });
    // Each customer keeps its most frequent value, ties to the smallest.
    expect(report.customers.map((c) => [c.customer, c.attributes.gender, c.attributes.age])).toEqual([['c1', 'F', 30], ['c2', 'M', 41], ['c3', 'F', 50]]);
  });
});
