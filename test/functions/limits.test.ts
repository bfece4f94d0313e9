import { segmentRfm } from '../../src/functions/functions';
import { fitsInExcel, SPILL_BUDGET } from '../../src/functions/excel-args';
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
