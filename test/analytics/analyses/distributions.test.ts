import fc from 'fast-check';
import { AnalysisContext, distributions } from '../../../src/analytics';
import { customerTable } from '../scoring/customers';

const context = (specs: Parameters<typeof customerTable>[0]) => ({ customers: customerTable(specs) }) as unknown as AnalysisContext;

/** The band by the definition: the first whose upper limit the value does not pass, else the last. */
function bandOf(v: number, limits: number[]): number {
  const k = limits.findIndex((limit) => v <= limit);
  return k < 0 ? limits.length : k;
}

describe('distributions', () => {
  it('puts each customer in the band of its recency days and of its orders, at the edges too', () => {
    const recency = [0, 30, 31, 90.5, 730, 730.5, 731, 5000];
    const frequency = [1, 2, 3, 4, 5, 6, 10, 11];
    const d = distributions(context(recency.map((r, i) => ({ id: i, recencyDays: r, frequency: frequency[i], monetary: 10 * (i + 1) }))));
    expect(d.recency.map((b) => [b.band, b.customers, b.revenue])).toEqual([
      ['0–30 days', 2, 30], ['31–90 days', 1, 30], ['91–180 days', 1, 40], ['181–365 days', 0, 0], ['366–730 days', 1, 50], ['731+ days', 3, 60 + 70 + 80],
    ]);
    expect(d.frequency.map((b) => [b.band, b.customers])).toEqual([
      ['1 order', 1], ['2 orders', 1], ['3 orders', 1], ['4–5 orders', 2], ['6–10 orders', 2], ['11+ orders', 1],
    ]);
  });

  it('agrees with the definition on whole, fractional, negative and missing values', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 900 }), fc.double({ min: -5, max: 900, noNaN: true }), fc.constant(NaN));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 60 }), (days) => {
        const d = distributions(context(days.map((r, i) => ({ id: i, recencyDays: r, monetary: 1 }))));
        const expected = [0, 0, 0, 0, 0, 0];
        for (const r of days) expected[bandOf(r, [30, 90, 180, 365, 730])]++;
        expect(d.recency.map((b) => b.customers)).toEqual(expected);
      }),
    );
  });
});
