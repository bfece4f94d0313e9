import { desc, table } from 'arquero';
import { Role } from '../roles';
import { ROW_DIMENSIONS, attributeGroupingOf } from './breakdowns';
import { AnalysisContext, BLANK, moneySum, ratio, roundSums } from './context';
import { Grouping, allRows, columnGroupingOf, rowsOfCustomers } from './grouping';
import { ReportRows, reportRows } from './rows';
import { distinctPerGroup } from './row-index';

export const UNKNOWN_STATUS = '(unknown)';

/**
 * Returns of one group of rows. Every used row counts here, returns-only customers too.
 * An order counts once per group: known when one of its rows there has a status (every row
 * without a status column), returned when one of its rows there is a return.
 */
export interface ReturnGroup {
  group: string;
  /** Orders with a known status. */
  orders: number;
  returnedOrders: number;
  /** returnedOrders / orders. */
  returnRate: number | null;
  /** Σ |amount| of return rows. */
  returnedRevenue: number;
  /** What was sold before anything came back: purchase amounts plus positive amounts of return rows. */
  grossSales: number;
  /** returnedRevenue / grossSales. */
  returnedShare: number | null;
}

export interface StatusRow {
  status: string;
  /** Whether the status counts as a return. */
  returned: boolean;
  rows: number;
  orders: number;
  /** Σ amount of the rows with this status, as booked (returned orders included). */
  amount: number;
  amountShare: number | null;
}

export interface ReturnsSection {
  overall: ReturnGroup & { allOrders: number; unknownStatusOrders: number };
  /** Null without a status column; empty status is its own "(unknown)" group, last. */
  byStatus: StatusRow[] | null;
  byDimension: { dimension: string; level: 'customer' | 'order'; rows: ReturnGroup[] }[];
}

/** Return figures for every group of a row grouping, in label order. */
export function returnGroups(ctx: AnalysisContext, g: Grouping, rows: ReportRows = reportRows(ctx)): ReturnGroup[] {
  const { tx } = ctx;
  const k = g.labels.length;
  const returnedRevenue = new Float64Array(k);
  const gross = new Float64Array(k);
  for (let i = 0; i < tx.rowCount; i++) {
    const c = g.code[i];
    if (c < 0 || tx.customer[i] < 0) continue;
    const a = tx.amount[i];
    if (tx.isReturn[i]) returnedRevenue[c] += Math.abs(a);
    if (!tx.isReturn[i] || a > 0) gross[c] += a;
  }
  roundSums(returnedRevenue);
  roundSums(gross);
  const orders = distinctPerGroup(rows.byOrder, g.code, k, rows.known);
  const returned = distinctPerGroup(rows.byOrder, g.code, k, tx.isReturn);
  return g.labels.map((group, j) => ({
    group,
    orders: orders[j],
    returnedOrders: returned[j],
    returnRate: ratio(returned[j], orders[j]),
    returnedRevenue: returnedRevenue[j],
    grossSales: gross[j],
    returnedShare: ratio(returnedRevenue[j], gross[j]),
  }));
}

/** Groups that have rows, most returned revenue first (ties by label), "(blank)" last. */
function ranked(groups: ReturnGroup[], counts: Float64Array): ReturnGroup[] {
  const kept = groups.filter((_, j) => counts[j] > 0);
  return table({
    i: Int32Array.from(kept, (_, j) => j),
    group: kept.map((r) => r.group),
    blank: Uint8Array.from(kept, (r) => +(r.group === BLANK)),
    returnedRevenue: Float64Array.from(kept, (r) => r.returnedRevenue),
  })
    .orderby('blank', desc('returnedRevenue'), 'group')
    .objects()
    .map((o) => kept[(o as { i: number }).i]);
}

function rowCounts(g: Grouping): Float64Array {
  const counts = new Float64Array(g.labels.length);
  for (let i = 0; i < g.code.length; i++) if (g.code[i] >= 0) counts[g.code[i]]++;
  return counts;
}

function statusRows(ctx: AnalysisContext, rows: ReportRows): StatusRow[] | null {
  const { tx } = ctx;
  const g = columnGroupingOf(ctx, 'status');
  if (!g) return null;
  const k = g.labels.length;
  const amount = new Float64Array(k);
  const returned = new Uint8Array(k);
  for (let i = 0; i < tx.rowCount; i++) {
    if (g.code[i] < 0) continue;
    amount[g.code[i]] += tx.amount[i];
    if (tx.isReturn[i]) returned[g.code[i]] = 1;
  }
  roundSums(amount);
  const counts = rowCounts(g);
  const orders = distinctPerGroup(rows.byOrder, g.code, k);
  const total = moneySum(amount);
  const out = g.labels
    .map((label, j) => ({
      status: j === k - 1 ? UNKNOWN_STATUS : label,
      returned: returned[j] === 1,
      rows: counts[j],
      orders: orders[j],
      amount: amount[j],
      amountShare: ratio(amount[j], total),
    }))
    .filter((r) => r.rows > 0);
  const unknown = (r: StatusRow) => +(r.status === UNKNOWN_STATUS);
  return out.sort((a, b) => unknown(a) - unknown(b) || b.amount - a.amount || (a.status < b.status ? -1 : a.status > b.status ? 1 : 0));
}

/**
 * Dimensions that return figures are split by: product, category and every other category
 * column on the rows (by the row's own value), then customer attributes that are not on the
 * rows (by the customer's value; rows of returns-only customers go to "(blank)").
 */
function returnDimensions(ctx: AnalysisContext, rows: ReportRows): { dimension: string; level: 'customer' | 'order'; g: Grouping }[] {
  const { tx } = ctx;
  const first: Role[] = ['product', 'category', ...ROW_DIMENSIONS];
  const roles = [...new Set([...first, ...(Object.keys(tx.attributes) as Role[])])].filter((r) => r !== 'status');
  const out: { dimension: string; level: 'customer' | 'order'; g: Grouping }[] = [];
  for (const role of roles) {
    const g = columnGroupingOf(ctx, role);
    if (g) out.push({ dimension: role, level: 'order', g });
  }
  const onRows = new Set(out.map((d) => d.dimension));
  for (const name of Object.keys(ctx.customers.attributes)) {
    if (onRows.has(name)) continue;
    out.push({ dimension: name, level: 'customer', g: rowsOfCustomers(tx, rows, attributeGroupingOf(ctx, name)!) });
  }
  return out;
}

/** Returns over every used row, with how many orders have no known status. */
export function overallReturns(ctx: AnalysisContext): ReturnsSection['overall'] {
  const rows = reportRows(ctx);
  const [overall] = returnGroups(ctx, allRows(ctx.tx), rows);
  return { ...overall, allOrders: rows.orderCount, unknownStatusOrders: rows.orderCount - overall.orders };
}

/** Returns and revenue leakage: overall, by status, and by every mapped dimension. */
export function returnsAndLeakage(ctx: AnalysisContext): ReturnsSection {
  const rows = reportRows(ctx);
  return {
    overall: overallReturns(ctx),
    byStatus: statusRows(ctx, rows),
    byDimension: returnDimensions(ctx, rows).map(({ dimension, level, g }) => ({
      dimension, level, rows: ranked(returnGroups(ctx, g, rows), rowCounts(g)),
    })),
  };
}
