import { rfmScores, segmentRfm } from '../../src/functions/functions';
import { CellValue } from '../../src/analytics';
import { errorOf, installCustomFunctions } from '../support/custom-functions';
import { TEN_ORDERS } from '../analytics/ten-orders';

beforeAll(() => installCustomFunctions());

const column = (i: number): CellValue[][] => TEN_ORDERS.slice(1).map((row) => [row[i]]);


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

  it('leaves a row blank where it cannot be scored: no customer, or a customer with only returns', () => {
    // Row 11 has no customer; Z's only row is a credit note (a return), so Z is not scored.
    const customers = [...column(0), [''], ['Z']];
    const pad = (c: CellValue[][], ...more: CellValue[]) => [...c, ...more.map((v) => [v])];
    const dates = pad(column(2), 45000, 45001);
    const amounts = pad(column(3), 10, -5);
    const segments = segmentRfm(customers, dates, amounts);
    expect(segments.slice(10)).toEqual([[''], ['']]);
    expect(segments.slice(0, 10)).toEqual(segmentRfm(column(0), column(2), column(3)));
    const scores = segmentRfm(customers, dates, amounts, omitted, omitted, omitted, 'score');
    expect(scores.slice(9)).toEqual([[scores[3][0]], [''], ['']]); // row 10 is the same customer as row 4
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

/** Excel passes an omitted optional argument as null, which the TypeScript signature cannot say. */
const omitted = null as unknown as undefined;

describe('=CX.SEGMENT.RFM optional arguments', () => {
  const [customers, orders, dates, amounts] = [0, 1, 2, 3].map(column);

  it('counts lines of one order once with [orders], matching the hand-checked case', () => {
    expect(segmentRfm(customers, dates, amounts, orders).map((r) => r[0])).toEqual([
      'Loyal Customers', 'Loyal Customers', 'Loyal Customers', 'Others', 'Others', 'Others', 'Others',
      'At Risk', 'Potential Loyalist', 'Others',
    ]);
  });

  it('gives "RFM" score strings per row with output "score"', () => {
    const out = segmentRfm(customers, dates, amounts, orders, omitted, omitted, 'score');
    expect(out.map((r) => r[0])).toEqual(['343', '343', '343', '215', '451', '451', '451', '124', '532', '215']);
  });

  it('gives a customer table with a header row with output "table"', () => {
    expect(segmentRfm(customers, dates, amounts, orders, '2024-04-01', 'rfm', 'TABLE')).toEqual([
      ['Customer', 'Recency (days)', 'Frequency', 'Monetary', 'R', 'F', 'M', 'RFM', 'Segment'],
      ['A', 31, 2, 35, 3, 4, 3, '343', 'Loyal Customers'],
      ['B', 46, 1, 60, 2, 1, 5, '215', 'Others'],
      ['C', 2, 3, 22.5, 4, 5, 1, '451', 'Others'],
      ['D', 122, 1, 50, 1, 2, 4, '124', 'At Risk'],
      ['E', 1, 1, 30, 5, 3, 2, '532', 'Potential Loyalist'],
    ]);
  });

  it('measures recency from as_of given as a serial or as text', () => {
    const bySerial = segmentRfm(customers, dates, amounts, orders, 45383, omitted, "table"); // 2024-04-01
    const byText = segmentRfm(customers, dates, amounts, orders, '2024-04-01', omitted, 'table');
    expect(bySerial).toEqual(byText);
    expect(segmentRfm(customers, dates, amounts, orders, '2024-05-01', omitted, 'table')[1][1]).toBe(61);
  });

  it('names the argument when an option is wrong', () => {
    expect(errorOf(() => segmentRfm(customers, dates, amounts, orders, omitted, omitted, omitted, omitted, 11))).toMatchObject({
      code: '#VALUE!', message: 'bins must be a whole number from 2 to 10, not 11.',
    });
    expect(errorOf(() => segmentRfm(customers, dates, amounts, omitted, omitted, omitted, 'chart'))).toMatchObject({
      code: '#VALUE!', message: 'output must be one of "segment", "score", "table", not "chart".',
    });
    expect(errorOf(() => segmentRfm(customers, dates, amounts, omitted, omitted, 'vip')).message).toMatch(/^scheme must be one of "rfm"/);
    expect(errorOf(() => segmentRfm(customers, dates, amounts, omitted, 'someday')).message).toBe('as_of must be a date, not "someday".');
    expect(errorOf(() => segmentRfm(customers, dates, amounts, orders.slice(2))).message).toBe(
      'orders has 8 rows but customers has 10: select ranges of the same height.',
    );
  });
});

describe('=CX.RFM.SCORES', () => {
  it('gives R, F, M per row, aligned, blank where a row cannot be scored', () => {
    const customers = [...column(0), ['']];
    const pad = (c: CellValue[][]) => [...c, [45000]];
    const out = rfmScores(customers, pad(column(2)), pad(column(3)), [...column(1), ['O99']]);
    expect(out).toEqual([
      [3, 4, 3], [3, 4, 3], [3, 4, 3], [2, 1, 5], [4, 5, 1], [4, 5, 1], [4, 5, 1], [1, 2, 4], [5, 3, 2], [2, 1, 5], ['', '', ''],
    ]);
  });
});

describe('whole-column references', () => {
  it('reads A:A (1,048,576 rows) whose empty cells arrive as 0, "" or null', () => {
    const rows = 1_048_576;
    const pad = (c: CellValue[][], empty: CellValue) => [...c, ...Array.from({ length: rows - c.length }, () => [empty])];
    const out = segmentRfm(pad(column(0), 0), pad(column(2), ''), pad(column(3), null));
    expect(out).toHaveLength(10);
    expect(out[7]).toEqual(['At Risk']);
  });

  it('counts an empty cell inside the data as missing, not as a zero sale', () => {
    const amounts = column(3).map((r, i) => (i === 1 ? [null] : r)); // A's second line has no amount
    const table = segmentRfm(column(0), column(2), amounts, column(1), omitted, omitted, 'table');
    expect(table[1].slice(0, 4)).toEqual(['A', 31, 2, 30]);
  });
});
