import { NumericColumn } from '../dimensions';
import { AnalysisContext, BLANK, moneySum, topNOf } from './context';
import { GroupRow, groupRows } from './group-rows';
import { Grouping, columnGroupingOf, rowTotals } from './grouping';
import { ReportRows, reportRows } from './rows';
import { SegmentProducts, topProductsBySegment } from './segment-products';

/** A category or product: revenue, orders, customers, AOV as in breakdowns, and units sold. */
export type ProductRow = GroupRow & {
  /** Σ quantity over purchase rows; null without a quantity column. */
  quantity: number | null;
};

export interface ProductsSection {
  /** Null without a category column. */
  categories: ProductRow[] | null;
  /** Every product, by revenue; null without a product column. */
  products: ProductRow[] | null;
  /** The first N products ("(blank)" is not a product). */
  topProducts: ProductRow[] | null;
  /** Under the main scheme. */
  topProductsBySegment: SegmentProducts[] | null;
}

function unitsSold(ctx: AnalysisContext, rows: ReportRows, g: Grouping): Float64Array | null {
  const quantity = ctx.tx.attributes.quantity as NumericColumn | undefined;
  if (!quantity) return null;
  const units = new Float64Array(g.labels.length);
  for (let i = 0; i < g.code.length; i++) {
    if (g.code[i] >= 0 && rows.purchase[i] && !Number.isNaN(quantity.values[i])) units[g.code[i]] += quantity.values[i];
  }
  return units;
}

/** Per category or per product, by revenue (largest first), "(blank)" last; null when the column is not mapped. */
export function productRows(ctx: AnalysisContext, role: 'category' | 'product'): ProductRow[] | null {
  const g = columnGroupingOf(ctx, role);
  if (!g) return null;
  const rows = reportRows(ctx);
  const units = unitsSold(ctx, rows, g);
  return groupRows<{ quantity: number | null }>(g.labels, rowTotals(rows, g), {
    totalCustomers: ctx.customers.size,
    totalRevenue: moneySum(rows.revenue),
    extra: { quantity: units ?? new Array<null>(g.labels.length).fill(null) },
  });
}

/** Categories and products, the top products overall and of each segment of the main scheme. */
export function categoriesAndProducts(ctx: AnalysisContext): ProductsSection {
  const products = productRows(ctx, 'product');
  return {
    categories: productRows(ctx, 'category'),
    products,
    topProducts: products ? products.filter((p) => p.group !== BLANK).slice(0, topNOf(ctx)) : null,
    topProductsBySegment: topProductsBySegment(ctx),
  };
}
