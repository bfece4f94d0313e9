import { segmentRfm } from '../../src/functions/functions';
import { CellValue } from '../../src/analytics';
import { installCustomFunctions } from '../support/custom-functions';
import { TEN_ORDERS } from '../analytics/ten-orders';

beforeAll(() => installCustomFunctions());

const column = (i: number): CellValue[][] => TEN_ORDERS.slice(1).map((row) => [row[i]]);

/** Calls the function and returns the CustomFunctions.Error it throws. */
function errorOf(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected an error');
}

describe('=CX.SEGMENT.RFM(customers, dates, amounts)', () => {
  it('returns one segment per input row, aligned with the rows', () => {
    // Without an order column each purchase row is an order: F ascending is B1 D1 E1 A3 C3,
    // so F scores B1 D2 E3 A4 C5 (ties by id); R and M as in the hand-checked case.
    // A: R3 F4 M3 Loyal Customers; C: R4 F5 M1 matches no rule, Others.
    expect(segmentRfm(column(0), column(2), column(3))).toEqual([
      ['Loyal Customers'], ['Loyal Customers'], ['Loyal Customers'], ['Others'], ['Others'], ['Others'], ['Others'],
      ['At Risk'], ['Potential Loyalist'], ['Others'],
    ]);
  });

  it('ignores the empty tail of a whole-column reference', () => {
    const pad = (c: CellValue[][]) => [...c, ...Array.from({ length: 1000 }, () => [null])];
    const out = segmentRfm(pad(column(0)), pad(column(2)), pad(column(3)));
    expect(out).toHaveLength(10);
  });

  it('gives #VALUE! naming the argument when ranges differ in height', () => {
    const e = errorOf(() => segmentRfm(column(0), column(2).slice(1), column(3)));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe('dates has 9 rows but customers has 10: select ranges of the same height.');
  });

  it('gives #VALUE! when an argument has two columns', () => {
    const e = errorOf(() => segmentRfm(TEN_ORDERS.slice(1).map((r) => [r[0], r[1]]), column(2), column(3)));
    expect(e).toMatchObject({ code: '#VALUE!', message: 'customers must be a single column, not 2 columns.' });
  });

  it('gives #N/A when no customer has a purchase', () => {
    const e = errorOf(() => segmentRfm([['a']], [[45000]], [[-5]]));
    expect(e.code).toBe('#N/A');
    expect(e.message).toMatch(/No customer has a purchase/);
  });
});
