import fc from 'fast-check';
import { AnalysisContext, CellValue, analysisContext, ingestTransactions, mapTable, reportGroupings } from '../../../src/analytics';
import { ReturnsMode } from '../../../src/analytics/customer-metrics';
import { factsAndTotalsInOnePass, groupKernels } from '../../../src/analytics/analyses/group-kernel';
import { groupRows } from '../../../src/analytics/analyses/group-rows';
import { periodFrame, periodResult, periodTotals } from '../../../src/analytics/analyses/periods';
import { computeRowFacts } from '../../../src/analytics/analyses/row-facts';
import { rowFacts } from '../../../src/analytics/analyses/report-groupings';

/**
 * The compiled one-pass kernel against the passes it replaces (group-passes.ts, periods.ts), to
 * the last bit: every kind of grouping the report makes (totals with units and segments, return
 * rates only, status rows, more than 32 groups), orders adjacent or scattered, netted or excluded
 * returns, days with a time of day.
 */

const HEADER = ['customer', 'order', 'date', 'amount', 'status', 'category', 'product', 'quantity', 'region', 'gender'];

const row = fc.tuple(
  fc.integer({ min: 1, max: 12 }).map((c) => (c > 10 ? '' : `c${c}`)),
  fc.integer({ min: 0, max: 15 }).map((o) => (o === 0 ? '' : `o${o}`)),
  fc.tuple(fc.integer({ min: 45000, max: 45800 }), fc.constantFrom(0, 0, 0, 0.25)).map(([d, t]) => d + t),
  fc.integer({ min: -300, max: 900 }),
  fc.constantFrom('Delivered', 'Returned', 'In Transit', ''),
  fc.constantFrom('Books', 'Home', ''),
  fc.integer({ min: 0, max: 40 }).map((p) => (p === 0 ? '' : `p${p}`)),
  fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constant('')),
  fc.constantFrom('North', 'South', ''),
  fc.constantFrom('F', 'M', ''),
);

/** Rows as drawn (orders scattered), or sorted by order (orders in runs). */
const tables = fc.tuple(fc.array(row, { minLength: 1, maxLength: 120 }), fc.boolean()).map(([rows, byOrder]): CellValue[][] => [
  HEADER,
  ...(byOrder ? [...rows].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)) : rows),
]);

function context(values: CellValue[][], returns: ReturnsMode): AnalysisContext | undefined {
  try {
    return analysisContext(ingestTransactions(mapTable(values).columns), { returns }).ctx;
  } catch {
    return undefined; // no scored customer
  }
}

/** Every total of the report's groupings and every row fact, as plain numbers (NaN and -0 kept apart by toEqual). */
function groupingsOf(ctx: AnalysisContext, compiled: boolean) {
  groupKernels.enabled = compiled;
  try {
    const g = reportGroupings(ctx);
    const plain = (o: object) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v]));
    return {
      periods: { year: plain(g.periods.year), month: plain(g.periods.month) }, dimensions: Object.fromEntries(Object.entries(g.dimensions).map(([k, v]) => [k, plain(v)])),
      facts: plain(rowFacts(ctx)),
    };
  } finally {
    groupKernels.enabled = true;
  }
}

describe('factsAndTotalsInOnePass', () => {
  it("gives the report's row facts and groupings exactly what the facts' pass and a pass per grouping give", () => {
    fc.assert(
      fc.property(tables, fc.constantFrom<ReturnsMode>('net', 'exclude'), (values, returns) => {
        const a = context(values, returns);
        if (!a) return;
        const b = context(values, returns)!;
        const got = groupingsOf(a, true);
        expect(Object.keys(got.dimensions).sort()).toEqual(['category', 'gender', 'product', 'region', 'status']);
        expect(got).toEqual(groupingsOf(b, false));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out rows with a blank code when the grouping has no blank group', () => {
    const values: CellValue[][] = [HEADER, ['c1', 'o1', 45000, 10, 'Delivered', 'Books', 'p1', 2, 'North', 'F'], ['c1', 'o1', 45000, 5, 'Delivered', '', 'p2', 1, 'North', 'F'], ['c2', 'o2', 45001, 7, 'Returned', '', 'p1', 1, 'South', 'M']];
    const ctx = context(values, 'net')!;
    const { facts, kinds } = computeRowFacts(ctx);
    const category = ctx.tx.attributes.category as { codes: Int32Array; labels: string[] };
    const grouping = { codes: category.codes, blank: -1, size: category.labels.length, totals: true, customers: true, returns: true, rows: true, quantity: undefined, segmentOf: undefined };
    const [got] = factsAndTotalsInOnePass(ctx.tx, ctx.customers, [grouping], undefined, true)!.totals;
    expect(got).toEqual(groupRows(ctx.tx, facts, kinds, grouping, ctx.customers.size, true));
    expect(Array.from(got.revenue)).toEqual([10]);
    expect(Array.from(got.rows)).toEqual([1]);
  });

  it('finds the copies among thousands of rows outside order runs, as the facts\' own pass does', () => {
    // Rows without an order id and a scattered order: more rows outside runs than the kernel starts room for.
    const values: CellValue[][] = [HEADER];
    for (let r = 0; r < 3000; r++) values.push([`c${r % 40}`, r % 3 === 0 ? 'o-scattered' : '', 45000 + (r % 7), 10 + (r % 5), 'Delivered', 'Books', `p${r % 3}`, 1, 'North', 'F']);
    const ctx = context(values, 'net')!;
    const { facts: reference } = computeRowFacts(ctx);
    const { facts } = factsAndTotalsInOnePass(ctx.tx, ctx.customers, [], undefined, true)!;
    expect(facts.copies).toBe(reference.copies);
    expect(facts.copies).toBeGreaterThan(2000);
    expect(Array.from(facts.customerIndex)).toEqual(Array.from(reference.customerIndex));
  });

  it('totals months and years over centuries, where days and customer-months outgrow their tables', () => {
    // 1,500 customers over 1900–9999: no table of days, and customers × months past a bitmap's 2^27 bits.
    const values: CellValue[][] = [HEADER];
    for (let c = 0; c < 1500; c++) values.push([`c${c}`, `o${c}`, c % 2 ? 2958465 : 1 + c, 10 + c, 'Delivered', 'Books', 'p1', 1, 'North', 'F']);
    const ctx = context(values, 'net')!;
    const { facts, kinds } = computeRowFacts(ctx);
    const frame = periodFrame(ctx.customers.size, facts.firstDay, facts.lastDay);
    expect(frame.monthTable).toBeUndefined();
    expect(frame.monthCustomers.bits).toBeUndefined();
    factsAndTotalsInOnePass(ctx.tx, ctx.customers, [], frame, true);
    const passes = periodTotals(ctx, facts, kinds);
    const compiled = periodResult(frame, facts.firstDay, facts.lastDay);
    expect(Array.from(compiled.month.customers)).toEqual(Array.from(passes.month.customers));
    expect(Array.from(compiled.year.revenue)).toEqual(Array.from(passes.year.revenue));
    expect(frame.byYear.customers[frame.years - 1]).toBe(750);
  });
});
