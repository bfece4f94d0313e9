import { desc, table } from 'arquero';
import { BLANK } from './context';

/** One group of a breakdown. Ratios with a zero denominator are null. */
export interface GroupRow {
  group: string;
  customers: number;
  /** customers / all scored customers (row-level groups can share customers, so these may sum past 1). */
  customerShare: number | null;
  orders: number;
  revenue: number;
  revenueShare: number | null;
  /** revenue / orders. */
  aov: number | null;
}

export interface GroupColumns {
  customers: ArrayLike<number>;
  orders: ArrayLike<number>;
  revenue: ArrayLike<number>;
}

export interface GroupRowsOptions {
  /** Denominators of the shares. */
  totalCustomers: number;
  totalRevenue: number;
  /** Keep the labels' order (bands) instead of revenue, largest first. */
  keepOrder?: boolean;
  /** Keep groups with nothing in them (bands); "(blank)" is kept only when it has something. */
  keepEmpty?: boolean;
  /** More per-group columns to carry into the rows. */
  extra?: Record<string, ArrayLike<number | null>>;
}

/**
 * Group totals as rows with shares and AOV: by revenue (largest first, ties by label) or in
 * label order, "(blank)" always last; empty groups left out unless asked for.
 */
export function groupRows<Extra = object>(labels: readonly string[], cols: GroupColumns, o: GroupRowsOptions): (GroupRow & Extra)[] {
  const keep = Uint8Array.from(labels, (l, k) => +(cols.customers[k] > 0 || cols.orders[k] > 0 || cols.revenue[k] !== 0 || (!!o.keepEmpty && l !== BLANK)));
  const t = table({
    group: labels as string[],
    position: Int32Array.from(labels, (_, k) => k),
    blank: Uint8Array.from(labels, (l) => +(l === BLANK)),
    keep,
    customers: Float64Array.from(cols.customers),
    orders: Float64Array.from(cols.orders),
    revenue: Float64Array.from(cols.revenue),
    ...Object.fromEntries(Object.entries(o.extra ?? {}).map(([name, values]) => [name, Array.from(values)])),
  })
    .params({ customers: o.totalCustomers, revenue: o.totalRevenue })
    .filter('d.keep')
    .derive({
      customerShare: '$.customers === 0 ? null : d.customers / $.customers',
      revenueShare: '$.revenue === 0 ? null : d.revenue / $.revenue',
      aov: 'd.orders === 0 ? null : d.revenue / d.orders',
    })
    .orderby(...(o.keepOrder ? ['blank', 'position'] : ['blank', desc('revenue'), 'group']))
    .select('group', 'customers', 'customerShare', 'orders', 'revenue', 'revenueShare', 'aov', ...Object.keys(o.extra ?? {}));
  return t.objects() as (GroupRow & Extra)[];
}
