import { Role } from '../roles';
import { AnalysisContext, DEFAULT_AGE_BANDS, DEFAULT_INCOME_BANDS, moneySum, roundSums } from './context';
import { GroupRow, groupRows } from './group-rows';
import { Grouping, attributeGrouping, columnGroupingOf, rowTotals } from './grouping';
import { reportRows } from './rows';

export interface Breakdown {
  /** The attribute or column role: "gender", "age", "region", "category"… */
  dimension: string;
  /** "customer": each customer once, by its attribute; "order": each row by its own value. */
  level: 'customer' | 'order';
  banded: boolean;
  rows: GroupRow[];
}

/** Dimensions read on each order row, in report order. */
export const ROW_DIMENSIONS: readonly Role[] = ['region', 'channel', 'category', 'payment'];

/** Band edges of an attribute (age and income), or undefined when it is not banded. */
export function bandEdgesOf(ctx: AnalysisContext, name: string): readonly number[] | undefined {
  if (name === 'age') return ctx.options.ageBands ?? DEFAULT_AGE_BANDS;
  if (name === 'income') return ctx.options.incomeBands ?? DEFAULT_INCOME_BANDS;
  return undefined;
}

/** Customers grouped by a customer attribute (banded for age and income), or null without it. */
export function attributeGroupingOf(ctx: AnalysisContext, name: string): Grouping | null {
  const values = ctx.customers.attributes[name];
  if (!values) return null;
  return attributeGrouping(values, bandEdgesOf(ctx, name), name !== 'income');
}

/** Each customer once: customers, orders (Σ frequency) and revenue (Σ monetary) per attribute value. */
export function customerBreakdown(ctx: AnalysisContext, name: string): Breakdown | null {
  const g = attributeGroupingOf(ctx, name);
  if (!g) return null;
  const t = ctx.customers;
  const k = g.labels.length;
  const customers = new Float64Array(k);
  const orders = new Float64Array(k);
  const revenue = new Float64Array(k);
  for (let i = 0; i < t.size; i++) {
    const c = g.code[i];
    customers[c]++;
    orders[c] += t.frequency[i];
    revenue[c] += t.monetary[i];
  }
  const banded = bandEdgesOf(ctx, name) !== undefined;
  const rows = groupRows(g.labels, { customers, orders, revenue: roundSums(revenue) }, {
    totalCustomers: t.size, totalRevenue: moneySum(t.monetary), keepOrder: banded, keepEmpty: banded,
  });
  return { dimension: name, level: 'customer', banded, rows };
}

/** Order rows grouped by their own value of a column (region, channel…), or null when it is not mapped. */
export function rowBreakdown(ctx: AnalysisContext, role: Role): Breakdown | null {
  const g = columnGroupingOf(ctx, role);
  if (!g) return null;
  const rows = reportRows(ctx);
  const totals = rowTotals(rows, g);
  return {
    dimension: role,
    level: 'order',
    banded: false,
    rows: groupRows(g.labels, totals, { totalCustomers: ctx.customers.size, totalRevenue: moneySum(rows.revenue) }),
  };
}

/**
 * A breakdown per mapped dimension: customer attributes first (an attribute that is also a
 * mapped row-level column, such as region, is read per row instead), then the row-level ones.
 */
export function breakdowns(ctx: AnalysisContext): Breakdown[] {
  const rowLevel = ROW_DIMENSIONS.map((role) => rowBreakdown(ctx, role)).filter((b): b is Breakdown => b !== null);
  const onRows = new Set(rowLevel.map((b) => b.dimension));
  const customerLevel = Object.keys(ctx.customers.attributes)
    .filter((name) => !onRows.has(name))
    .map((name) => customerBreakdown(ctx, name)!);
  return [...customerLevel, ...rowLevel];
}
