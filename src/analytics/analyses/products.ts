import { DimensionColumn } from '../dimensions';
import { AnalysisContext, share } from './context';
import { customersOfGroups } from './group-passes';
import { GroupedBy, groupsOfColumn, reportGroupings, rowFacts } from './report-groupings';

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

const productRow = (t: GroupedBy, k: number, total: number, withUnits: boolean, customers = t.customers[k]): ProductRow => ({
  name: t.labels[k], revenue: t.revenue[k], revenueShare: share(t.revenue[k], total), orders: t.orders[k], customers,
  aov: share(t.revenue[k], t.orders[k]), quantity: withUnits ? t.units[k] : null,
});

/** Groups with orders or revenue, by revenue (largest first, ties by name). */
function productRows(t: GroupedBy, total: number, withUnits: boolean): ProductRow[] {
  const kept = t.labels.map((_, k) => k).filter((k) => t.orders[k] > 0 || t.revenue[k] !== 0);
  return topIndices(kept, t.revenue, t.labels, kept.length).map((k) => productRow(t, k, total, withUnits));
}

/**
 * The n of `candidates` with the most revenue (ties by name), in that order: what sorting them all
 * and keeping n gives, without sorting (or making a row for) the hundreds of products left out.
 */
export function topIndices(candidates: readonly number[], revenue: Float64Array, names: readonly string[], n: number): number[] {
  const before = (a: number, b: number) => revenue[a] > revenue[b] || (revenue[a] === revenue[b] && names[a] < names[b]);
  const top: number[] = [];
  for (const k of candidates) {
    if (top.length === n && !before(k, top[n - 1])) continue;
    let at = top.length < n ? top.length : n - 1;
    while (at > 0 && before(k, top[at - 1])) at--;
    if (top.length === n) top.pop();
    top.splice(at, 0, k);
  }
  return top;
}

/** The top products' rows: their customers counted for them alone (the products' grouping counts none: report-groupings.ts). */
function topProductRows(ctx: AnalysisContext, t: GroupedBy, sold: number[], total: number, withUnits: boolean): ProductRow[] {
  const top = topIndices(sold, t.revenue, t.labels, ctx.topN);
  const grouping = groupsOfColumn(ctx.tx.attributes.product as DimensionColumn);
  const customers = customersOfGroups(rowFacts(ctx).customerIndex, ctx.tx.isReturn, grouping, top, ctx.customers.size);
  return top.map((k, s) => productRow(t, k, total, withUnits, customers[s]));
}

/** Each segment's top products by revenue, with lift against all customers. */
function bySegment(ctx: AnalysisContext, t: GroupedBy, segments: string[], total: number) {
  const p = t.labels.length;
  const names = t.labels.slice(0, -1); // without "(blank)": a blank product is no product
  return segments
    .map((segment, s) => {
      // The segment's revenue over its products: its row of segmentRevenue.
      const revenue = t.segmentRevenue.subarray(s * p, s * p + names.length);
      let segmentTotal = 0;
      const sold: number[] = [];
      for (let k = 0; k < names.length; k++) {
        segmentTotal += revenue[k];
        if (revenue[k] > 0) sold.push(k);
      }
      const products = topIndices(sold, revenue, names, ctx.topN).map((k) => {
        const segShare = share(revenue[k], segmentTotal);
        return { name: names[k], revenue: revenue[k], share: segShare, lift: share(segShare, share(t.revenue[k], total)) };
      });
      return { segment, products };
    })
    .filter((s) => s.products.length > 0);
}

/** Categories and products: revenue, orders, customers, AOV, units; the top products overall and per segment. */
export function productsAnalysis(ctx: AnalysisContext): ProductsAnalysis {
  const { dimensions, segments, revenue } = reportGroupings(ctx);
  const withUnits = ctx.tx.attributes.quantity?.kind === 'number';
  const { category, product } = dimensions;
  const sold = product ? product.labels.map((_, k) => k).filter((k) => product.orders[k] > 0 || product.revenue[k] !== 0) : [];
  return {
    categories: category ? productRows(category, revenue, withUnits) : null,
    topProducts: product ? topProductRows(ctx, product, sold, revenue, withUnits) : null,
    productCount: sold.length,
    topProductsBySegment: product ? bySegment(ctx, product, segments, revenue) : [],
  };
}
