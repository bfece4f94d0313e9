import { Id } from '../ids';
import { AnalysisContext, moneySum, ratio, topNOf } from './context';
import { customersByRevenue } from './customer-rank';

export interface TopCustomerRow {
  rank: number;
  customer: Id;
  revenue: number;
  orders: number;
  /** revenue / all customers' revenue. */
  share: number | null;
  cumulativeShare: number | null;
}

/** The n customers with the most revenue; ties in revenue by customer id ascending. */
export function topCustomers(ctx: AnalysisContext, n = topNOf(ctx)): TopCustomerRow[] {
  const t = ctx.customers;
  const order = customersByRevenue(ctx);
  const total = moneySum(t.monetary);
  const out: TopCustomerRow[] = [];
  let cumulative = 0;
  for (let k = 0; k < Math.min(n, order.length); k++) {
    const i = order[k];
    cumulative += t.monetary[i];
    out.push({ rank: k + 1, customer: t.ids[i], revenue: t.monetary[i], orders: t.frequency[i], share: ratio(t.monetary[i], total), cumulativeShare: ratio(cumulative, total) });
  }
  return out;
}
