import { AnalysisContext, share } from './context';
import { GroupedBy, reportGroupings } from './report-groupings';

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

function productRows(t: GroupedBy, total: number, withUnits: boolean): ProductRow[] {
  return t.labels
    .map((name, k) => ({
      name, revenue: t.revenue[k], revenueShare: share(t.revenue[k], total), orders: t.orders[k], customers: t.customers[k],
      aov: share(t.revenue[k], t.orders[k]), quantity: withUnits ? t.units[k] : null,
    }))
    .filter((r) => r.orders > 0 || r.revenue !== 0)
    .sort((a, b) => b.revenue - a.revenue || (a.name < b.name ? -1 : 1));
}

/** Each segment's top products by revenue, with lift against all customers. */
function bySegment(ctx: AnalysisContext, t: GroupedBy, segments: string[], total: number) {
  const p = t.labels.length;
  const names = t.labels.slice(0, -1); // without "(blank)": a blank product is no product
  return segments
    .map((segment, s) => {
      // The segment's revenue over its products (a blank product is no product): its row of segmentRevenue.
      let segmentTotal = 0;
      for (let k = 0; k < names.length; k++) segmentTotal += t.segmentRevenue[s * p + k];
      const products = names
        .map((name, k) => {
          const revenue = t.segmentRevenue[s * p + k];
          const segShare = share(revenue, segmentTotal);
          return { name, revenue, share: segShare, lift: share(segShare, share(t.revenue[k], total)) };
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
  const { dimensions, segments, revenue } = reportGroupings(ctx);
  const withUnits = ctx.tx.attributes.quantity?.kind === 'number';
  const { category, product } = dimensions;
  const all = product ? productRows(product, revenue, withUnits) : null;
  return {
    categories: category ? productRows(category, revenue, withUnits) : null,
    topProducts: all ? all.slice(0, ctx.topN) : null,
    productCount: all ? all.length : 0,
    topProductsBySegment: product ? bySegment(ctx, product, segments, revenue) : [],
  };
}
