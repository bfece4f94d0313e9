import fc from 'fast-check';
import { AnalysisError, AnalyzeOptions, BUILT_IN_SCHEMES, CustomerRow, Id, analyzeTable, segmentNames } from '../../../src/analytics';
import { RandomRow, randomRows } from '../random-orders';

const HEADER = ['customer', 'order', 'date', 'amount'];
const asCells = (rows: readonly RandomRow[]) => [HEADER, ...rows.map((r) => [r.customer, r.order, r.day, r.cents / 100])];

/** The scored customers, or undefined when every row is a return (nothing to score). */
function customers(rows: readonly RandomRow[], options: AnalyzeOptions): CustomerRow[] | undefined {
  try {
    return analyzeTable(asCells(rows), options, { sections: false }).customers;
  } catch (e) {
    if (e instanceof AnalysisError && e.kind === 'no-data') return undefined;
    throw e;
  }
}

// Written again here, apart from the code under test: numbers first, numerically, then text by code point.
const byId = (a: Id, b: Id) => (typeof a === 'number' ? (typeof b === 'number' ? a - b : -1) : typeof b === 'number' ? 1 : a < b ? -1 : a > b ? 1 : 0);

/** Customers in (value, id) order, ascending or descending by value (ids always ascending). */
const ordered = (cs: CustomerRow[], value: (c: CustomerRow) => number, descending = false) =>
  [...cs].sort((a, b) => (descending ? value(b) - value(a) : value(a) - value(b)) || byId(a.customer, b.customer));

/** SQL's NTILE of row number rn (1-based) of n: q = ⌊n/k⌋, the first n mod k buckets hold q + 1. */
function sqlNtile(rn: number, n: number, k: number): number {
  const q = Math.floor(n / k);
  const big = n % k;
  return rn <= big * (q + 1) ? Math.ceil(rn / (q + 1)) : big + Math.ceil((rn - big * (q + 1)) / q);
}

/** pandas qcut of ranks 1..n into k bins: edges 1 + (n − 1)j/k, right-closed, the first bin holding its left edge. */
function qcutBin(rank: number, n: number, k: number): number {
  if (n === 1) return 1;
  for (let j = 1; j <= k; j++) if (k * (rank - 1) <= (n - 1) * j) return j;
  throw new Error('rank beyond the last edge');
}

const metrics = {
  r: (c: CustomerRow) => c.recencyDays,
  f: (c: CustomerRow) => c.frequency,
  m: (c: CustomerRow) => c.monetary,
};

const ascendingCuts = (count: number) => fc.uniqueArray(fc.integer({ min: 0, max: 600 }), { minLength: count, maxLength: count }).map((a) => a.sort((x, y) => x - y));

/** A method and its options: bins 2..10, or for "fixed" random cut points that make them. */
const methodOptions: fc.Arbitrary<AnalyzeOptions> = fc.integer({ min: 2, max: 10 }).chain((bins) =>
  fc.oneof(
    fc.constantFrom<AnalyzeOptions>({ method: 'ntile', bins }, { method: 'rank-quantile', bins }, { method: 'rfm-package', bins }),
    fc.record({ recencyDays: ascendingCuts(bins - 1), frequency: ascendingCuts(bins - 1), monetary: ascendingCuts(bins - 1) })
      .map((thresholds): AnalyzeOptions => ({ method: 'fixed', thresholds })),
  ),
);

const binsOf = (o: AnalyzeOptions) => (o.method === 'fixed' ? o.thresholds!.frequency.length + 1 : o.bins!);

describe('scoring and segment properties over random order tables', () => {
  it('every method: scores lie in 1..bins and follow the metric (higher F, M better; fewer recency days better)', () => {
    fc.assert(
      fc.property(randomRows(true), methodOptions, (rows, options) => {
        const cs = customers(rows, options);
        if (!cs) return;
        const bins = binsOf(options);
        for (const score of cs.flatMap((c) => [c.r, c.f, c.m])) expect([score >= 1, score <= bins, Number.isInteger(score)]).toEqual([true, true, true]);
        // A customer with a higher value never scores lower (R: with fewer days); tied values may go either way.
        for (const a of cs) {
          for (const b of cs) {
            if (a.frequency < b.frequency) expect(a.f).toBeLessThanOrEqual(b.f);
            if (a.monetary < b.monetary) expect(a.m).toBeLessThanOrEqual(b.m);
            if (a.recencyDays < b.recencyDays) expect(a.r).toBeGreaterThanOrEqual(b.r);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('rfm-package and fixed: tied values share a score', () => {
    fc.assert(
      fc.property(randomRows(true), methodOptions.filter((o) => o.method === 'rfm-package' || o.method === 'fixed'), (rows, options) => {
        const cs = customers(rows, options);
        if (!cs) return;
        for (const key of ['r', 'f', 'm'] as const) {
          const scoreOfValue = new Map<number, number>();
          for (const c of cs) {
            const v = metrics[key](c);
            if (!scoreOfValue.has(v)) scoreOfValue.set(v, c[key]);
            expect(c[key]).toBe(scoreOfValue.get(v));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('ntile agrees with SQL NTILE written from its definition, so bucket sizes differ by at most one', () => {
    fc.assert(
      fc.property(randomRows(true), fc.integer({ min: 2, max: 10 }), (rows, bins) => {
        const cs = customers(rows, { method: 'ntile', bins });
        if (!cs) return;
        const n = cs.length;
        const check = (key: 'r' | 'f' | 'm', descending: boolean) => {
          const sorted = ordered(cs, metrics[key], descending);
          expect(sorted.map((c) => c[key])).toEqual(sorted.map((_, i) => sqlNtile(i + 1, n, bins)));
          const sizes = Array.from({ length: bins }, (_, b) => cs.filter((c) => c[key] === b + 1).length);
          expect(sizes).toEqual(sizes.map((_, b) => Math.floor(n / bins) + (b < n % bins ? 1 : 0)));
        };
        check('r', true);
        check('f', false);
        check('m', false);
      }),
      { numRuns: 200 },
    );
  });

  it('rank-quantile agrees with pandas qcut of the ranks, edges computed as quantiles of 1..n', () => {
    fc.assert(
      fc.property(randomRows(true), fc.integer({ min: 2, max: 10 }), (rows, bins) => {
        const cs = customers(rows, { method: 'rank-quantile', bins });
        if (!cs) return;
        const n = cs.length;
        for (const key of ['r', 'f', 'm'] as const) {
          const sorted = ordered(cs, metrics[key]);
          const expected = sorted.map((_, i) => (key === 'r' ? bins + 1 - qcutBin(i + 1, n, bins) : qcutBin(i + 1, n, bins)));
          expect(sorted.map((c) => c[key])).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('shuffling the rows changes no customer\'s scores or segments, whatever the method', () => {
    fc.assert(
      fc.property(randomRows(true), methodOptions, fc.func(fc.integer()), (rows, options, key) => {
        const shuffled = rows.map((r, i) => ({ r, k: key(i) })).sort((x, y) => x.k - y.k).map((x) => x.r);
        expect(customers(shuffled, options)).toEqual(customers(rows, options));
      }),
      { numRuns: 150 },
    );
  });

  it('every scored customer gets exactly one segment of each scheme, from that scheme\'s list', () => {
    fc.assert(
      fc.property(randomRows(true), methodOptions, (rows, options) => {
        const cs = customers(rows, options);
        if (!cs) return;
        for (const c of cs) {
          expect(Object.keys(c.segments)).toEqual(['rfm', 'rfgrid', 'tiers', 'personas']);
          for (const [scheme, segment] of Object.entries(c.segments)) expect(segmentNames(BUILT_IN_SCHEMES[scheme])).toContain(segment);
          expect(c.segment).toBe(c.segments.rfm);
        }
      }),
      { numRuns: 150 },
    );
  });
});
