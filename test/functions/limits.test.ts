import { segmentRfm } from '../../src/functions/functions';
import fc from 'fast-check';
import { fitsInExcel, pickedRows, SPILL_BUDGET } from '../../src/functions/excel-args';
import { installCustomFunctions } from '../support/custom-functions';

beforeAll(() => installCustomFunctions());

/** n order rows of ~n/10 customers over a year, as Excel would pass them. */
function orders(n: number) {
  const customers = Array.from({ length: n }, (_, i) => [`customer-${(i * 7919) % Math.max(1, Math.floor(n / 10))}`]);
  const dates = Array.from({ length: n }, (_, i) => [45000 + (i % 365)]);
  const amounts = Array.from({ length: n }, (_, i) => [((i * 31) % 997) / 10]);
  return { customers, dates, amounts };
}

describe('Excel response limits', () => {
  it('returns 100,000 segments well under the 5 MB limit', () => {
    const { customers, dates, amounts } = orders(100_000);
    const out = segmentRfm(customers, dates, amounts);
    expect(out).toHaveLength(100_000);
    expect(JSON.stringify(out).length).toBeLessThan(SPILL_BUDGET);
  });

  it('gives #VALUE! saying so, rather than a result Excel would refuse', () => {
    const big = Array.from({ length: 300_000 }, () => ['Loyal Customers']);
    expect(() => fitsInExcel(big, 'Use output "table".')).toThrow(
      'The result has 300,000 rows, more than Excel can take from a function (5 MB). Use output "table".',
    );
    const { customers, dates, amounts } = orders(400_000);
    try {
      segmentRfm(customers, dates, amounts);
      throw new Error('expected #VALUE!');
    } catch (e) {
      expect(e).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/^The result has 400,000 rows, more than Excel can take from a function \(5 MB\)\. Use output "table"/) });
    }
  });
});

describe('pickedRows', () => {
  // Rows of long text, so that a few dozen picks land on either side of the budget.
  const rowsArb = fc.array(fc.integer({ min: 0, max: 600_000 }), { minLength: 1, maxLength: 6 }).map((lengths) => lengths.map((n) => ['x'.repeat(n)]));
  const caseArb = rowsArb.chain((rows) => fc.record({
    rows: fc.constant(rows),
    pick: fc.array(fc.integer({ min: -1, max: rows.length - 1 }), { minLength: 8, maxLength: 40 }).map((p) => Int32Array.from(p)),
  }));

  it('gives row r the picked row, shared, and blank where the pick is negative', () => {
    fc.assert(fc.property(caseArb, ({ rows, pick }) => {
      const blank = [''];
      let out: string[][];
      try {
        out = pickedRows(pick, rows, blank, '');
      } catch {
        return; // too large: the next property holds the decision to fitsInExcel's
      }
      expect(out).toHaveLength(pick.length);
      pick.forEach((p, r) => expect(out[r]).toBe(p < 0 ? blank : rows[p]));
    }));
  });

  it('refuses exactly the spills that fitsInExcel refuses once made, before making them', () => {
    let refused = 0;
    fc.assert(fc.property(caseArb, ({ rows, pick }) => {
      const made = Array.from(pick, (p) => (p < 0 ? [''] : rows[p]));
      const fits = (f: () => unknown) => { try { f(); return true; } catch (e) { return String((e as Error).message); } };
      const expected = fits(() => fitsInExcel(made, 'Hint.'));
      if (expected !== true) refused++;
      expect(fits(() => pickedRows(pick, rows, [''], 'Hint.'))).toBe(expected);
    }), { numRuns: 200 });
    expect(refused).toBeGreaterThan(20); // the cases reach past the budget, not only under it
  });
});
