import { AnalysisContext } from './context';

const cache = new WeakMap<AnalysisContext, Int32Array>();

/**
 * Customer-table indices by revenue (monetary, already rounded to 6 decimals), largest
 * first; the table is in id order, so ties go by customer id ascending.
 */
export function customersByRevenue(ctx: AnalysisContext): Int32Array {
  let order = cache.get(ctx);
  if (order) return order;
  const m = ctx.customers.monetary;
  order = new Int32Array(ctx.customers.size);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => m[b] - m[a] || a - b);
  cache.set(ctx, order);
  return order;
}
