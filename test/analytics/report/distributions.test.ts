import { distributions } from '../../../src/analytics/report';
import { contextOf, shop } from './fixture';

const counts = (rows: { band: string; customers: number; revenue: number }[]) => rows.map((r) => [r.band, r.customers, r.revenue]);

describe('recency and frequency distributions', () => {
  it('the shop: c2 2 days, c3 276, c1 437; c1 one order, c2 and c3 two', () => {
    const d = distributions(shop());
    expect(counts(d.recency)).toEqual([['0–30', 1, 195], ['31–90', 0, 0], ['91–180', 0, 0], ['181–365', 1, 30], ['366–730', 1, 120], ['731+', 0, 0]]);
    expect(counts(d.frequency)).toEqual([['1', 1, 120], ['2', 2, 225], ['3', 0, 0], ['4–5', 0, 0], ['6–10', 0, 0], ['11+', 0, 0]]);
    expect(d.frequency[1]).toMatchObject({ customerShare: 2 / 3, revenueShare: 225 / 345 });
  });

  it('band edges are inclusive: 30 and 31 days, 5 and 6 orders, 731 days and 11 orders', () => {
    const day = (iso: string) => iso;
    const rows: (string | number)[][] = [['customer', 'order', 'date', 'amount']];
    // as of 2024-12-31 (given): a bought 2024-12-01 (30 days), b 2024-11-30 (31), c 2022-12-31 (731)
    rows.push(['a', 'a1', day('2024-12-01'), 1], ['b', 'b1', day('2024-11-30'), 1], ['c', 'c1', day('2022-12-31'), 1]);
    for (let k = 2; k <= 5; k++) rows.push(['a', `a${k}`, '2024-01-01', 1]);
    for (let k = 2; k <= 6; k++) rows.push(['b', `b${k}`, '2024-01-01', 1]);
    for (let k = 2; k <= 11; k++) rows.push(['c', `c${k}`, '2020-01-01', 1]);
    const ctx = contextOf(rows, { asOf: 45657 });
    expect(Array.from(ctx.customers.recencyDays)).toEqual([30, 31, 731]);
    const d = distributions(ctx);
    expect(d.recency.map((r) => r.customers)).toEqual([1, 1, 0, 0, 0, 1]);
    expect(d.frequency.map((r) => r.customers)).toEqual([0, 0, 0, 1, 1, 1]);
  });
});
