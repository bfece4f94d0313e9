import { DimensionColumn } from '../dimensions';
import { Role } from '../roles';
import { AnalysisContext, share } from './context';
import { OrderGroups } from './order-groups';

export const UNKNOWN_STATUS = '(unknown)';

export interface ReturnTotals {
  /** Orders with a known status (every order without a status column). */
  knownOrders: number;
  returnedOrders: number;
  returnedRevenue: number;
  /** Purchases plus returned orders' positive amounts: what was sold before anything came back. */
  grossSales: number;
}

export interface ReturnRateRow {
  group: string;
  orders: number;
  returned: number;
  returnRate: number | null;
  returnedRevenue: number;
}

export interface StatusRow {
  status: string;
  rows: number;
  orders: number;
  revenue: number;
  revenueShare: number;
}

export interface ReturnsAnalysis {
  overall: ReturnTotals & { returnRate: number | null; returnedRevenueShare: number };
  /** Revenue (row amounts) by status; empty status its own "(unknown)" group. Null without a status column. */
  byStatus: StatusRow[] | null;
  /** Return rate and returned revenue by product, category and every other mapped dimension. */
  byDimension: { dimension: Role; rows: ReturnRateRow[] }[];
}

/**
 * Return rates over orders, per group of rows (-1 skips a row). An order is returned when any of
 * its rows is a return, and counts when any of its rows has a known status; returned revenue is
 * Σ |amount| of return rows.
 */
function returnRates(ctx: AnalysisContext, labels: readonly string[], groupOf: (i: number) => number): ReturnRateRow[] {
  const { tx } = ctx;
  const statusCodes = (ctx.tx.attributes.status as DimensionColumn | undefined)?.codes;
  const g = labels.length;
  const orders = new Float64Array(g);
  const returned = new Float64Array(g);
  const returnedRevenue = new Float64Array(g);
  const seen = new OrderGroups(tx.orderCount, g);
  for (let i = 0; i < tx.rowCount; i++) {
    if (tx.customer[i] < 0 || (statusCodes && statusCodes[i] < 0)) continue;
    const k = groupOf(i);
    if (k < 0) continue;
    const o = tx.order[i];
    if (seen.mark(o, k, 1)) orders[k]++;
    if (tx.isReturn[i]) {
      returnedRevenue[k] += Math.abs(tx.amount[i]);
      if (seen.mark(o, k, 2)) returned[k]++;
    }
  }
  return labels.map((group, k) => ({
    group, orders: orders[k], returned: returned[k], returnRate: orders[k] === 0 ? null : returned[k] / orders[k], returnedRevenue: returnedRevenue[k],
  }));
}

/** Overall totals in one pass; orders are flagged per order key (bit 1 counted, bit 2 returned). */
export function returnTotals(ctx: AnalysisContext): ReturnTotals {
  const { tx } = ctx;
  const statusCodes = (tx.attributes.status as DimensionColumn | undefined)?.codes;
  const { customer, order, isReturn, amount } = tx;
  const flags = new Uint8Array(tx.orderCount);
  let knownOrders = 0;
  let returnedOrders = 0;
  let returnedRevenue = 0;
  let gross = 0;
  for (let i = 0; i < tx.rowCount; i++) {
    if (customer[i] < 0) continue;
    const returned = isReturn[i];
    const a = amount[i];
    if (!returned || a > 0) gross += a;
    if (statusCodes && statusCodes[i] < 0) continue;
    const o = order[i];
    const f = o < 0 ? 0 : flags[o];
    if (!(f & 1)) knownOrders++;
    if (returned) {
      returnedRevenue += Math.abs(a);
      if (!(f & 2)) returnedOrders++;
    }
    if (o >= 0) flags[o] = f | 1 | (returned << 1);
  }
  return { knownOrders, returnedOrders, returnedRevenue, grossSales: gross };
}

function statusRows(ctx: AnalysisContext): StatusRow[] | null {
  const status = ctx.tx.attributes.status as DimensionColumn | undefined;
  if (!status) return null;
  const { tx } = ctx;
  const labels = [...status.labels, UNKNOWN_STATUS];
  const rows = labels.map((s) => ({ status: s, rows: 0, orders: 0, revenue: 0, revenueShare: 0 }));
  const seen = new OrderGroups(tx.orderCount, labels.length);
  let total = 0;
  for (let i = 0; i < tx.rowCount; i++) {
    if (tx.customer[i] < 0) continue;
    const k = status.codes[i] < 0 ? labels.length - 1 : status.codes[i];
    rows[k].rows++;
    rows[k].revenue += tx.amount[i];
    total += tx.amount[i];
    if (seen.mark(tx.order[i], k, 1)) rows[k].orders++;
  }
  for (const r of rows) r.revenueShare = share(r.revenue, total);
  return rows.filter((r) => r.rows > 0).sort((a, b) => b.revenue - a.revenue);
}

const RETURN_DIMENSIONS: Role[] = ['product', 'category', 'region', 'channel', 'payment', 'gender'];

/** Returns and revenue leakage: overall, by status, and by every mapped dimension. */
export function returnsAnalysis(ctx: AnalysisContext): ReturnsAnalysis {
  const totals = returnTotals(ctx);
  const byDimension = RETURN_DIMENSIONS.flatMap((dimension) => {
    const col = ctx.tx.attributes[dimension];
    if (!col || col.kind !== 'category') return [];
    const labels = [...col.labels, '(blank)'];
    const rows = returnRates(ctx, labels, (i) => (col.codes[i] < 0 ? labels.length - 1 : col.codes[i]));
    return [{ dimension, rows: rows.filter((r) => r.orders > 0).sort((a, b) => b.returnedRevenue - a.returnedRevenue) }];
  });
  return {
    overall: {
      ...totals,
      returnRate: totals.knownOrders === 0 ? null : totals.returnedOrders / totals.knownOrders,
      returnedRevenueShare: share(totals.returnedRevenue, totals.grossSales),
    },
    byStatus: statusRows(ctx),
    byDimension,
  };
}
