import { kpi, returnRate, topnCustomers } from '../../src/functions/functions';
import { CellValue } from '../../src/analytics';
import { errorOf, installCustomFunctions } from '../support/custom-functions';
import { SHOP } from '../analytics/analyses/shop';

beforeAll(() => installCustomFunctions());

const col = (i: number): CellValue[][] => SHOP.slice(1).map((row) => [row[i]]);
const omitted = null as unknown as undefined;


describe('=CX.RETURN.RATE', () => {
  it('gives one rate: returned ÷ known statuses, the empty status left out', () => {
    // statuses: Delivered, Delivered, Returned, In Transit, (empty), Delivered, Returned → 2 of 6 known
    expect(returnRate(col(4))).toEqual([[2 / 6]]);
  });

  it('gives a table per group with returned revenue, the unknown status its own row', () => {
    expect(returnRate(col(4), col(5), col(3))).toEqual([
      ['Group', 'Orders', 'Returned', 'Return rate', 'Returned revenue'],
      ['Electronics', 3, 1, 1 / 3, 50],
      ['Accessories', 2, 0, 0, 0],
      ['Wearables', 1, 1, 1, 80],
      ['All', 6, 2, 2 / 6, 130],
      ['(unknown status)', 1, '', '', ''],
    ]);
  });

  it('takes the returned statuses from the user', () => {
    expect(returnRate(col(4), omitted, omitted, [['In Transit']])).toEqual([[1 / 6]]);
    expect(returnRate(col(4), omitted, omitted, [['Returned, In Transit']])).toEqual([[3 / 6]]);
  });

  it('gives #N/A when no status is known', () => {
    expect(errorOf(() => returnRate([[''], [null]]))).toMatchObject({ code: '#N/A', message: 'No order has a known status: statuses is empty.' });
  });
});

describe('=CX.TOPN.CUSTOMERS', () => {
  it('ranks customers by revenue with shares; n larger than the customers gives all', () => {
    // c1: 100 + 20 + 50 (a positive "Returned" row still counts here: only amounts are given) = 170
    expect(topnCustomers(col(0), col(3), 10, col(1))).toEqual([
      ['Rank', 'Customer', 'Revenue', 'Orders', 'Share', 'Cumulative share'],
      [1, 'c2', 210, 2, 210 / 490, 210 / 490],
      [2, 'c1', 170, 2, 170 / 490, 380 / 490],
      [3, 'c4', 80, 1, 80 / 490, 460 / 490],
      [4, 'c3', 30, 1, 30 / 490, 1],
    ]);
    expect(topnCustomers(col(0), col(3), 2)).toHaveLength(3);
  });

  it('breaks revenue ties by customer id, numbers first', () => {
    const out = topnCustomers([['b'], [7], ['a'], [12]], [[5], [5], [5], [5]]);
    expect(out.slice(1).map((r) => r[1])).toEqual([7, 12, 'a', 'b']);
  });

  it('names the argument: n < 1', () => {
    expect(errorOf(() => topnCustomers(col(0), col(3), 0))).toMatchObject({ code: '#VALUE!', message: 'n must be a whole number from 1 to up, not 0.' });
  });
});

describe('=CX.KPI', () => {
  it('gives the headline numbers of the hand-worked shop', () => {
    expect(kpi(col(0), col(2), col(3), col(1), col(4))).toEqual([
      ['KPI', 'Value'],
      ['Revenue', 360],
      ['Orders', 4],
      ['Customers', 3],
      ['Average order value', 90],
      ['Revenue per customer', 120],
      ['Repeat rate', 1 / 3],
      ['Return rate', 2 / 5],
      ['Returned revenue', 130],
      ['First order', '2023-01-10'],
      ['Last order', '2024-03-20'],
      ['As of', '2024-03-21'],
    ]);
  });
});
