import { ColumnRef, cellAt, columnLength } from './cells';
import { Id, IdIndex, compareIds, normalizeId } from './ids';
import { parseNumber, roundMoney } from './numbers';

export interface CustomerRevenueRow {
  rank: number;
  customer: Id;
  revenue: number;
  orders: number;
  share: number;
  cumulativeShare: number;
}

/**
 * Revenue per customer from ids and amounts alone: Σ amount (negative amounts, returns, net
 * out), orders = distinct order ids (or rows) with a non-negative amount. Customers without
 * such a purchase are left out. Largest first, ties by customer id.
 */
export function customerRevenue(customers: ColumnRef, amounts: ColumnRef, orders?: ColumnRef): CustomerRevenueRow[] {
  const ids = new IdIndex();
  const revenue: number[] = [];
  const count: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < columnLength(customers); i++) {
    const id = normalizeId(cellAt(customers, i));
    const amount = parseNumber(cellAt(amounts, i));
    if (id === undefined || Number.isNaN(amount)) continue;
    const k = ids.keyOf(id);
    revenue[k] = (revenue[k] ?? 0) + amount;
    count[k] ??= 0;
    if (amount < 0) continue;
    const order = orders ? normalizeId(cellAt(orders, i)) : undefined;
    const key = order === undefined ? `row ${i}` : `${k}|${typeof order}|${order}`;
    if (!seen.has(key)) (seen.add(key), count[k]++);
  }
  const keys = ids.ids.map((_, k) => k).filter((k) => count[k] > 0);
  keys.sort((a, b) => roundMoney(revenue[b]) - roundMoney(revenue[a]) || compareIds(ids.ids[a], ids.ids[b]));
  const total = keys.reduce((s, k) => s + revenue[k], 0);
  let cumulative = 0;
  return keys.map((k, r) => {
    cumulative += revenue[k];
    return {
      rank: r + 1, customer: ids.ids[k], revenue: roundMoney(revenue[k]), orders: count[k],
      share: total === 0 ? 0 : revenue[k] / total, cumulativeShare: total === 0 ? 0 : cumulative / total,
    };
  });
}
