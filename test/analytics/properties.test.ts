import fc from 'fast-check';
import { AnalysisError, analyzeTable, segmentNames, BUILT_IN_SCHEMES } from '../../src/analytics';
import { asTable, randomRows } from './random-orders';

/** analyzeTable, or undefined when nothing can be scored (every row a return). */
function analyzed(rows: Parameters<typeof asTable>[0], bins = 5) {
  try {
    return analyzeTable(asTable(rows), { bins });
  } catch (e) {
    if (e instanceof AnalysisError && e.kind === 'no-data') return undefined;
    throw e;
  }
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('properties over random order tables', () => {
  it('shuffling the rows changes no score, segment or KPI', () => {
    fc.assert(
      fc.property(randomRows(true), fc.integer({ min: 2, max: 10 }), fc.func(fc.integer()), (rows, bins, key) => {
        const a = analyzed(rows, bins);
        const shuffled = rows.map((r, i) => ({ r, k: key(i) })).sort((x, y) => x.k - y.k).map((x) => x.r);
        const b = analyzed(shuffled, bins);
        if (!a || !b) return a === b;
        const { sections, ...ra } = a;
        const sa = sections!;
        const { sections: sbOrNone, ...rb } = b;
        const sb = sbOrNone!;
        expect(rb.customers).toEqual(ra.customers);
        expect(sb.kpis.orders).toBe(sa.kpis.orders);
        expect(close(sb.kpis.revenue, sa.kpis.revenue)).toBe(true);
        expect(sb.segmentSummaries.rfm.map((s) => [s.segment, s.customers])).toEqual(sa.segmentSummaries.rfm.map((s) => [s.segment, s.customers]));
      }),
      { numRuns: 150 },
    );
  });

  it('scores lie in 1..bins, NTILE buckets differ in size by at most one, every customer has one segment per scheme', () => {
    fc.assert(
      fc.property(randomRows(true), fc.integer({ min: 2, max: 10 }), (rows, bins) => {
        const report = analyzed(rows, bins);
        if (!report) return;
        const n = report.customers.length;
        for (const key of ['r', 'f', 'm'] as const) {
          const sizes = new Array(bins).fill(0);
          for (const c of report.customers) {
            expect(c[key]).toBeGreaterThanOrEqual(1);
            expect(c[key]).toBeLessThanOrEqual(bins);
            sizes[c[key] - 1]++;
          }
          const filled = sizes.slice(0, Math.min(n, bins));
          expect(Math.max(...filled) - Math.min(...filled)).toBeLessThanOrEqual(1);
        }
        for (const c of report.customers) {
          for (const scheme of Object.keys(BUILT_IN_SCHEMES)) expect(segmentNames(BUILT_IN_SCHEMES[scheme])).toContain(c.segments[scheme]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('segment revenues, customers and every breakdown sum to the totals', () => {
    fc.assert(
      fc.property(randomRows(false), (rows) => {
        const report = analyzed(rows);
        if (!report) return;
        const { kpis, segmentSummaries, breakdowns, topCustomers } = report.sections!;
        for (const summary of Object.values(segmentSummaries)) {
          expect(close(summary.reduce((s, r) => s + r.revenue, 0), kpis.revenue)).toBe(true);
          expect(summary.reduce((s, r) => s + r.customers, 0)).toBe(kpis.customers);
          expect(close(summary.reduce((s, r) => s + r.customerShare, 0), 1)).toBe(true);
        }
        for (const b of breakdowns) expect(close(b.rows.reduce((s, r) => s + r.revenue, 0), kpis.revenue)).toBe(true);
        topCustomers.forEach((t, i) => i > 0 && expect(t.revenue).toBeLessThanOrEqual(topCustomers[i - 1].revenue));
      }),
      { numRuns: 150 },
    );
  });
});
