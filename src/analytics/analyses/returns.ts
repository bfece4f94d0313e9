import { DimensionColumn } from '../dimensions';
import { Role } from '../roles';
import { AnalysisContext, share } from './context';
import { RETURN_DIMENSIONS, reportGroupings } from './report-groupings';
import { rowFacts } from './report-groupings';

export { UNKNOWN_STATUS } from './report-groupings';

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

/** Overall totals in one pass; orders are flagged per order key (bit 1 counted, bit 2 returned). The report takes the same totals from its row facts. */
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
  const { dimensions, amount } = reportGroupings(ctx);
  const t = dimensions.status;
  if (!t) return null;
  return t.labels
    .map((status, k) => ({ status, rows: t.rows[k], orders: t.rowOrders[k], revenue: t.amount[k], revenueShare: share(t.amount[k], amount) }))
    .filter((r) => r.rows > 0)
    .sort((a, b) => b.revenue - a.revenue);
}

/** Returns and revenue leakage: overall, by status, and by every mapped dimension. */
export function returnsAnalysis(ctx: AnalysisContext): ReturnsAnalysis {
  const totals = rowFacts(ctx).returns;
  const { dimensions } = reportGroupings(ctx);
  const byDimension = RETURN_DIMENSIONS.flatMap((dimension) => {
    const t = dimensions[dimension];
    if (!t) return [];
    const rows = t.labels.map((group, k) => ({
      group, orders: t.knownOrders[k], returned: t.returnedOrders[k], returnRate: t.knownOrders[k] === 0 ? null : t.returnedOrders[k] / t.knownOrders[k], returnedRevenue: t.returnedRevenue[k],
    }));
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
