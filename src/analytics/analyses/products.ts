import { DimensionColumn, NumericColumn } from '../dimensions';
import { segmentNames } from '../rule-tables';
import { BLANK } from './breakdowns';
import { AnalysisContext, orderKeys, rowRevenue, scoredRows, share, sum } from './context';
import { groupTotalsOf, groupsOfCodes } from './group-by';

export interface ProductRow {
  name: string;
  revenue: number;
  revenueShare: number;
  orders: number;
  customers: number;
  aov: number;
  /** Units sold (purchase rows), when a quantity column is mapped. */
  quantity: number | null;
}

export interface SegmentProductRow {
  name: string;
  revenue: number;
  /** The product's share of the segment's revenue. */
  share: number;
  /** share ÷ the product's share of all customers' revenue: above 1, the segment favours it. */
  lift: number;
}

export interface ProductsAnalysis {
  categories: ProductRow[] | null;
  topProducts: ProductRow[] | null;
  productCount: number;
  topProductsBySegment: { segment: string; products: SegmentProductRow[] }[];
}

function productRows(ctx: AnalysisContext, col: DimensionColumn, revenue: Float64Array, orders: Int32Array): ProductRow[] {
  const { tx } = ctx;
  const labels = [...col.labels, BLANK];
  const groups = groupsOfCodes(col.codes, labels.length - 1);
  const scored = scoredRows(ctx);
  const totals = groupTotalsOf(labels, groups, revenue, orders, tx.customer, scored, tx.isReturn);
  const qty = (tx.attributes.quantity as NumericColumn | undefined)?.values;
  const units = new Float64Array(labels.length);
  if (qty) for (let i = 0; i < tx.rowCount; i++) if (scored[i] && !tx.isReturn[i] && !Number.isNaN(qty[i])) units[groups[i]] += qty[i];
  const total = sum(revenue);
  return totals
    .map((t, k) => ({ name: t.group, revenue: t.revenue, revenueShare: share(t.revenue, total), orders: t.orders, customers: t.customers, aov: share(t.revenue, t.orders), quantity: qty ? units[k] : null }))
    .filter((r) => r.orders > 0 || r.revenue !== 0)
    .sort((a, b) => b.revenue - a.revenue || (a.name < b.name ? -1 : 1));
}

/** Each segment's top products by revenue, with lift against all customers. */
function bySegment(ctx: AnalysisContext, col: DimensionColumn, revenue: Float64Array, overall: Map<string, number>, total: number) {
  const scheme = ctx.options.scheme;
  const names = segmentNames(ctx.options.ruleTables[scheme]);
  const segIndex = new Map(names.map((n, k) => [n, k]));
  const segments = ctx.customers.segments[scheme];
  const p = col.labels.length;
  const cell = new Float64Array(names.length * p);
  const scored = scoredRows(ctx);
  const segRevenue = new Float64Array(names.length);
  for (let i = 0; i < ctx.tx.rowCount; i++) {
    if (!scored[i] || col.codes[i] < 0) continue;
    const s = segIndex.get(segments[ctx.customers.indexOfKey[ctx.tx.customer[i]]])!;
    cell[s * p + col.codes[i]] += revenue[i];
    segRevenue[s] += revenue[i];
  }
  return names
    .map((segment, s) => {
      const products = col.labels
        .map((name, k) => {
          const segShare = share(cell[s * p + k], segRevenue[s]);
          return { name, revenue: cell[s * p + k], share: segShare, lift: share(segShare, share(overall.get(name) ?? 0, total)) };
        })
        .filter((r) => r.revenue > 0)
        .sort((a, b) => b.revenue - a.revenue || (a.name < b.name ? -1 : 1))
        .slice(0, ctx.topN);
      return { segment, products };
    })
    .filter((s) => s.products.length > 0);
}

/** Categories and products: revenue, orders, customers, AOV, units; the top products overall and per segment. */
export function productsAnalysis(ctx: AnalysisContext): ProductsAnalysis {
  const revenue = rowRevenue(ctx);
  const orders = orderKeys(ctx.tx);
  const category = ctx.tx.attributes.category as DimensionColumn | undefined;
  const product = ctx.tx.attributes.product as DimensionColumn | undefined;
  const all = product ? productRows(ctx, product, revenue, orders) : null;
  const overall = new Map((all ?? []).map((r) => [r.name, r.revenue]));
  return {
    categories: category ? productRows(ctx, category, revenue, orders) : null,
    topProducts: all ? all.slice(0, ctx.topN) : null,
    productCount: all ? all.length : 0,
    topProductsBySegment: product ? bySegment(ctx, product, revenue, overall, sum(revenue)) : [],
  };
}
