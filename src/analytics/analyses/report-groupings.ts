import { DimensionColumn, NumericColumn } from '../dimensions';
import { Role } from '../roles';
import { segmentNames } from '../rule-tables';
import { AnalysisContext } from './context';
import { GroupedRows, Grouping, groupRows } from './group-rows';
import { RowFacts, computeRowFacts } from './row-facts';
import { Period, asGroupedRows, periodFrame, periodResult, periodTotals } from './periods';
import { factsAndTotalsInOnePass } from './group-kernel';

/** The group of rows whose cell is blank. */
export const BLANK = '(blank)';
/** The status group of rows whose status is blank. */
export const UNKNOWN_STATUS = '(unknown)';

/** Row-level dimensions the breakdowns sheet totals (revenue, orders, customers). */
export const ROW_DIMENSIONS: Role[] = ['region', 'channel', 'category', 'payment'];
/** Dimensions whose return rates the returns sheet lists. */
export const RETURN_DIMENSIONS: Role[] = ['product', 'category', 'region', 'channel', 'payment', 'gender'];
const PRODUCT_DIMENSIONS: Role[] = ['category', 'product'];

export interface GroupedBy extends GroupedRows {
  labels: string[];
}

export interface ReportGroupings {
  periods: Record<Period, GroupedBy>;
  /** Every mapped text column the report groups by: its labels, then "(blank)" (status: "(unknown)"). */
  dimensions: Partial<Record<Role, GroupedBy>>;
  /** The main scheme's segment names, in rule order: the rows of products' `segmentRevenue`. */
  segments: string[];
  /** Σ revenue of scored customers' rows, and their first and last purchase day. */
  revenue: number;
  /** Σ amount of every row with a customer (the status breakdown's whole). */
  amount: number;
  firstPurchaseDay: number;
  lastPurchaseDay: number;
}

/** A column's groups as the report makes them: its labels, then the blank group ("(blank)", "(unknown)"). */
export function groupsOfColumn(col: DimensionColumn): Pick<Grouping, 'codes' | 'blank' | 'size'> {
  return { codes: col.codes, blank: col.labels.length, size: col.labels.length + 1 };
}

function dimensionGrouping(ctx: AnalysisContext, role: Role, col: DimensionColumn, segments: string[]): Grouping {
  const quantity = (ctx.tx.attributes.quantity as NumericColumn | undefined)?.values;
  const totals = ROW_DIMENSIONS.includes(role) || PRODUCT_DIMENSIONS.includes(role);
  return {
    ...groupsOfColumn(col),
    totals,
    // Products count customers for the products they list (products.ts): every product's distinct
    // customers cost the pass ~7 ms a million rows (500 products), for the ten a report shows.
    customers: totals && role !== 'product',
    returns: RETURN_DIMENSIONS.includes(role),
    rows: role === 'status',
    quantity: PRODUCT_DIMENSIONS.includes(role) ? quantity : undefined,
    segmentOf: role === 'product' ? { index: ctx.customers.segmentCodes[ctx.options.scheme], count: segments.length } : undefined,
  };
}

const richness = (g: Grouping) => +!!g.segmentOf + +!!g.quantity + +g.totals + +g.returns;

const cache = new WeakMap<AnalysisContext, { facts: RowFacts; groupings: ReportGroupings }>();

/** The row facts of a context (row-facts.ts), taken in the groupings' pass. */
export function rowFacts(ctx: AnalysisContext): RowFacts {
  return reportPass(ctx).facts;
}

/**
 * Every row-level grouping of the report (years and months, each mapped dimension) totalled once
 * per context: trend, breakdowns, products and returns all read it.
 */
export function reportGroupings(ctx: AnalysisContext): ReportGroupings {
  return reportPass(ctx).groupings;
}

/** The row facts and the groupings, in one compiled pass where code can be compiled, else in the passes it replaces. */
function reportPass(ctx: AnalysisContext): { facts: RowFacts; groupings: ReportGroupings } {
  const known = cache.get(ctx);
  if (known) return known;
  const segments = segmentNames(ctx.options.ruleTables[ctx.options.scheme]);
  const named: [Role, string[], Grouping][] = [];
  for (const [role, col] of Object.entries(ctx.tx.attributes) as [Role, DimensionColumn][]) {
    if (col.kind !== 'category') continue;
    const grouping = dimensionGrouping(ctx, role, col, segments);
    if (grouping.totals || grouping.returns || grouping.rows) named.push([role, [...col.labels, role === 'status' ? UNKNOWN_STATUS : BLANK], grouping]);
  }
  // The grouping with the most totals first: the passes' code then has seen every branch before
  // it is optimised (a branch first taken in optimised code sends the pass back to the interpreter).
  named.sort(([, , a], [, , b]) => richness(b) - richness(a));
  const net = ctx.options.returns === 'net';
  const groupings = named.map(([, , g]) => g);
  const { tx, customers } = ctx;
  // The compiled pass sizes the months before it has seen the scored customers' rows: from every
  // used row's days, then cut to the scored customers' (periodResult).
  const wideFrame = periodFrame(customers.size, tx.firstDay, tx.lastDay);
  const inOnePass = factsAndTotalsInOnePass(tx, customers, groupings, wideFrame, net);
  const passes = inOnePass ? undefined : computeRowFacts(ctx);
  const facts = inOnePass?.facts ?? passes!.facts;
  const totals = inOnePass?.totals ?? groupings.map((g) => groupRows(tx, facts, passes!.kinds, g, customers.size, net));
  const periods = passes ? periodTotals(ctx, facts, passes.kinds) : periodResult(wideFrame, facts.firstDay, facts.lastDay);
  const dimensions: ReportGroupings['dimensions'] = {};
  named.forEach(([role, labels], j) => (dimensions[role] = { ...totals[j], labels }));
  const groupingsOut = {
    periods: { year: asGroupedRows(periods.year), month: asGroupedRows(periods.month) }, dimensions, segments,
    revenue: facts.totalRevenue, amount: facts.totalAmount, firstPurchaseDay: facts.firstPurchaseDay, lastPurchaseDay: facts.lastPurchaseDay,
  };
  const out = { facts, groupings: groupingsOut };
  cache.set(ctx, out);
  return out;
}
