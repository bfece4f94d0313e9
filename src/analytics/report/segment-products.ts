import { desc, table } from 'arquero';
import { DimensionColumn } from '../dimensions';
import { AnalysisContext, moneySum, ratio, roundSums, topNOf } from './context';
import { reportRows } from './rows';
import { segmentCodes } from './segment-summary';

export interface SegmentProduct {
  product: string;
  /** rev(s, p): row revenue of the segment's customers from the product. */
  revenue: number;
  /** The segment's customers who bought it. */
  customers: number;
  /** rev(s, p) / rev(s), rev(s) = the segment's row revenue (every product, blank ones too). */
  share: number | null;
  /** rev(p) / rev, over all scored customers. */
  overallShare: number | null;
  /** share / overallShare: above 1 the segment favours the product; null unless rev(s), rev(p) and rev are all > 0. */
  lift: number | null;
}

export interface SegmentProducts {
  segment: string;
  revenue: number;
  customers: number;
  products: SegmentProduct[];
}

/**
 * Each segment's top products by revenue (ties by product name), with lift against all
 * customers. Only products the segment bought for more than 0 are listed; segments without
 * customers are left out. Null without a product column.
 */
export function topProductsBySegment(ctx: AnalysisContext, scheme = ctx.options.scheme, n = topNOf(ctx)): SegmentProducts[] | null {
  const product = ctx.tx.attributes.product as DimensionColumn | undefined;
  if (!product || product.kind !== 'category' || !ctx.customers.segments[scheme]) return null;
  const rows = reportRows(ctx);
  const { names, code: segmentOf } = segmentCodes(ctx, scheme);
  const p = product.labels.length;
  const cellRevenue = new Float64Array(names.length * p);
  const segmentRevenue = new Float64Array(names.length);
  const productRevenue = new Float64Array(p);
  for (let i = 0; i < rows.customer.length; i++) {
    const t = rows.customer[i];
    if (t < 0) continue;
    const s = segmentOf[t];
    segmentRevenue[s] += rows.revenue[i];
    const k = product.codes[i];
    if (k < 0) continue;
    cellRevenue[s * p + k] += rows.revenue[i];
    productRevenue[k] += rows.revenue[i];
  }
  roundSums(cellRevenue);
  roundSums(segmentRevenue);
  roundSums(productRevenue);
  // Distinct buyers per (segment, product): walk each customer's rows, one mark per product.
  const cellCustomers = new Float64Array(names.length * p);
  const segmentCustomers = new Float64Array(names.length);
  const mark = new Int32Array(p).fill(-1);
  const { offsets, rows: byCustomer } = rows.byCustomer;
  for (let t = 0; t < segmentOf.length; t++) {
    segmentCustomers[segmentOf[t]]++;
    for (let j = offsets[t]; j < offsets[t + 1]; j++) {
      const i = byCustomer[j];
      const k = product.codes[i];
      if (k < 0 || !rows.purchase[i] || mark[k] === t) continue;
      mark[k] = t;
      cellCustomers[segmentOf[t] * p + k]++;
    }
  }
  const total = moneySum(rows.revenue);
  const cells: { segment: number; product: string; k: number; revenue: number }[] = [];
  for (let c = 0; c < cellRevenue.length; c++) {
    if (cellRevenue[c] > 0) cells.push({ segment: Math.floor(c / p), product: product.labels[c % p], k: c, revenue: cellRevenue[c] });
  }
  const top = table({
    segment: cells.map((c) => c.segment),
    product: cells.map((c) => c.product),
    k: cells.map((c) => c.k),
    revenue: cells.map((c) => c.revenue),
  })
    .params({ n })
    .groupby('segment')
    .orderby(desc('revenue'), 'product')
    .filter('op.row_number() <= $.n')
    .objects() as { segment: number; product: string; k: number; revenue: number }[];
  return names
    .map((segment, s) => {
      const products = top.filter((c) => c.segment === s).map((c) => {
        const share = ratio(c.revenue, segmentRevenue[s]);
        const overallShare = ratio(productRevenue[c.k % p], total);
        const defined = segmentRevenue[s] > 0 && productRevenue[c.k % p] > 0 && total > 0;
        const lift = defined ? share! / overallShare! : null;
        return { product: c.product, revenue: c.revenue, customers: cellCustomers[c.k], share, overallShare, lift };
      });
      return { segment, revenue: segmentRevenue[s], customers: segmentCustomers[s], products };
    })
    .filter((s) => s.customers > 0);
}
