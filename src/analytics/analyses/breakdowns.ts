import { Role } from '../roles';
import { bandLabels, bandOf } from './bands';
import { AnalysisContext, share, sum } from './context';
import { BLANK, ROW_DIMENSIONS, reportGroupings } from './report-groupings';

export { BLANK } from './report-groupings';

export interface BreakdownRow {
  group: string;
  customers: number;
  customerShare: number;
  orders: number;
  revenue: number;
  revenueShare: number;
  aov: number;
}

export interface Breakdown {
  dimension: string;
  /** "customer": each customer's attribute (age, gender…); "order": the value on each order row (region, channel…). */
  level: 'customer' | 'order';
  rows: BreakdownRow[];
}

const BANDED: Record<string, 'age' | 'income'> = { age: 'age', income: 'income' };

function finish(groups: { group: string; customers: number; orders: number; revenue: number }[], customers: number, revenue: number, ordered: boolean): BreakdownRow[] {
  const rows = groups
    .filter((g) => g.customers > 0 || g.revenue !== 0)
    .map((g) => ({ ...g, customerShare: share(g.customers, customers), revenueShare: share(g.revenue, revenue), aov: share(g.revenue, g.orders) }));
  if (ordered) return rows;
  return rows.sort((a, b) => (a.group === BLANK ? 1 : b.group === BLANK ? -1 : b.revenue - a.revenue));
}

/** Customers grouped by one of their attributes; age and income in bands. */
function byCustomerAttribute(ctx: AnalysisContext, name: string): Breakdown {
  const t = ctx.customers;
  const values = t.attributes[name];
  const band = BANDED[name];
  const edges = band ? ctx.bands[band] : undefined;
  const labels: string[] = edges ? [...bandLabels(edges, band === 'age'), BLANK] : [];
  const index = new Map(labels.map((l, k) => [l, k]));
  const groupOf = (v: string | number | null): number => {
    if (edges) return typeof v === 'number' ? bandOf(v, edges) : labels.length - 1;
    const label = v === null ? BLANK : String(v);
    if (!index.has(label)) (index.set(label, labels.length), labels.push(label));
    return index.get(label)!;
  };
  const groups: { group: string; customers: number; orders: number; revenue: number }[] = [];
  for (let i = 0; i < t.size; i++) {
    const k = groupOf(values[i]);
    while (groups.length <= k) groups.push({ group: '', customers: 0, orders: 0, revenue: 0 });
    const g = groups[k];
    g.customers++;
    g.orders += t.frequency[i];
    g.revenue += t.monetary[i];
  }
  groups.forEach((g, k) => (g.group = labels[k]));
  return { dimension: name, level: 'customer', rows: finish(groups, t.size, sum(t.monetary), edges !== undefined) };
}

/** Order rows grouped by a row-level dimension. */
function byRowDimension(ctx: AnalysisContext, role: Role): Breakdown | undefined {
  const all = reportGroupings(ctx);
  const totals = all.dimensions[role];
  if (!totals || totals.revenue.length === 0) return undefined;
  const groups = totals.labels.map((group, k) => ({ group, customers: totals.customers[k], orders: totals.orders[k], revenue: totals.revenue[k] }));
  return { dimension: role, level: 'order', rows: finish(groups, ctx.customers.size, all.revenue, false) };
}

/** A breakdown for every mapped dimension: customer attributes, then order-level dimensions. */
export function breakdowns(ctx: AnalysisContext): Breakdown[] {
  const customerLevel = Object.keys(ctx.customers.attributes).filter((n) => n !== 'region').map((n) => byCustomerAttribute(ctx, n));
  const rowLevel = ROW_DIMENSIONS.map((r) => byRowDimension(ctx, r)).filter((b): b is Breakdown => b !== undefined);
  return [...customerLevel, ...rowLevel];
}
