import fc from 'fast-check';
import { reportSections } from '../../../src/analytics/report';
import { randomShop, shopContext } from './random-shop';

const close = (a: number, b: number, eps = 1e-6) => expect(Math.abs(a - b)).toBeLessThanOrEqual(eps);
const sumOf = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

// Σ customer monetary is rounded per customer to 6 decimals; row sums are not: they agree within 1e-6 per customer.
describe('report properties on random shops', () => {
  it('segments, breakdowns, trend and products all add up to the total revenue and customers', () => {
    fc.assert(
      fc.property(randomShop(), fc.boolean(), (rows, withStatus) => {
        const ctx = shopContext(rows, withStatus);
        if (!ctx) return;
        const s = reportSections(ctx);
        const { revenue, customers, orders } = s.kpis;
        const tolerance = 1e-6 * customers;
        const segments = s.segmentSummaries.rfm;
        close(sumOf(segments.map((r) => r.revenue)), revenue, tolerance);
        expect(sumOf(segments.map((r) => r.customers))).toBe(customers);
        expect(sumOf(segments.map((r) => r.orders))).toBe(orders);
        close(sumOf(segments.map((r) => r.customerShare!)), 1, 1e-12);
        if (revenue !== 0) close(sumOf(segments.map((r) => r.revenueShare!)), 1, 1e-9);
        for (const b of s.breakdowns) {
          close(sumOf(b.rows.map((r) => r.revenue)), revenue, tolerance);
          if (b.level === 'customer') expect(sumOf(b.rows.map((r) => r.customers))).toBe(customers);
          if (revenue !== 0 && Math.abs(revenue) > 1e-3) close(sumOf(b.rows.map((r) => r.revenueShare ?? 0)), 1, 1e-6);
        }
        for (const period of [s.trend.yearly, s.trend.monthly]) close(sumOf(period.map((t) => t.revenue)), revenue, tolerance);
        close(sumOf(s.products.products!.map((p) => p.revenue)), revenue, tolerance);
        close(sumOf(s.products.categories!.map((p) => p.revenue)), revenue, tolerance);
        expect(sumOf(s.rfGrid.map((c) => c.customers))).toBe(customers);
        expect(sumOf(s.distributions.recency.map((d) => d.customers))).toBe(customers);
        expect(sumOf(s.distributions.frequency.map((d) => d.customers))).toBe(customers);
        // An order is in one month unless it spans days; a month's orders never exceed the total
        expect(Math.max(...s.trend.monthly.map((t) => t.orders))).toBeLessThanOrEqual(orders);
        // Every order split by status lands somewhere: known + unknown = all
        expect(s.returns.overall.orders + s.returns.overall.unknownStatusOrders).toBe(s.returns.overall.allOrders);
      }),
      { numRuns: 150 },
    );
  });

  it('top customers: cumulative share non-decreasing and at most 1; the whole list ends at 1', () => {
    fc.assert(
      fc.property(randomShop({ negatives: false }), fc.boolean(), (rows, withStatus) => {
        const ctx = shopContext(rows, withStatus);
        if (!ctx || ctx.customers.monetary.every((m) => m === 0)) return;
        const top = reportSections({ ...ctx, options: { ...ctx.options, topN: 1000 } }).topCustomers;
        expect(top).toHaveLength(ctx.customers.size);
        for (let k = 1; k < top.length; k++) {
          expect(top[k].cumulativeShare!).toBeGreaterThanOrEqual(top[k - 1].cumulativeShare!);
          expect(top[k].revenue).toBeLessThanOrEqual(top[k - 1].revenue);
        }
        for (const t of top) expect(t.cumulativeShare!).toBeLessThanOrEqual(1 + 1e-12);
        close(top[top.length - 1].cumulativeShare!, 1, 1e-12);
        expect(top.map((t) => t.rank)).toEqual(top.map((_, k) => k + 1));
      }),
      { numRuns: 100 },
    );
  });

  it('concentration: top shares grow with the percent, the Pareto curve rises from 0 to 1, Gini in [0, 1)', () => {
    fc.assert(
      fc.property(randomShop({ negatives: false }), (rows) => {
        const ctx = shopContext(rows, true);
        if (!ctx || ctx.customers.monetary.every((m) => m === 0)) return;
        const c = reportSections(ctx).concentration;
        for (let k = 1; k < c.topShares.length; k++) expect(c.topShares[k].revenueShare!).toBeGreaterThanOrEqual(c.topShares[k - 1].revenueShare!);
        expect(c.pareto.length).toBeLessThanOrEqual(200);
        expect(c.pareto[0]).toEqual({ customerShare: 0, revenueShare: 0 });
        close(c.pareto[c.pareto.length - 1].revenueShare, 1, 1e-12);
        for (let k = 1; k < c.pareto.length; k++) expect(c.pareto[k].revenueShare).toBeGreaterThanOrEqual(c.pareto[k - 1].revenueShare);
        expect(c.gini!).toBeGreaterThanOrEqual(0);
        expect(c.gini!).toBeLessThan(1);
        // customers for 80% reach 80%, one fewer does not
        const shares = c.pareto.length === ctx.customers.size + 1 ? c.pareto : null;
        if (shares) {
          expect(shares[c.customersFor80!].revenueShare).toBeGreaterThanOrEqual(0.8 - 1e-9);
          expect(shares[c.customersFor80! - 1].revenueShare).toBeLessThan(0.8 + 1e-9);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('the result does not depend on the order of the rows', () => {
    fc.assert(
      fc.property(randomShop({ maxRows: 60 }), fc.boolean(), fc.integer(), (rows, withStatus, seed) => {
        const a = shopContext(rows, withStatus);
        if (!a) return;
        const shuffled = [...rows].sort((x, y) => ((x.day * 31 + x.cents + seed) % 7) - ((y.day * 31 + y.cents + seed) % 7));
        const b = shopContext(shuffled, withStatus)!;
        const sa = reportSections(a);
        const sb = reportSections(b);
        expect(sb.topCustomers.map((t) => t.customer)).toEqual(sa.topCustomers.map((t) => t.customer));
        expect(sb.segmentSummaries).toEqual(sa.segmentSummaries);
        const rounded = (rs: { group: string; revenue: number; orders: number; customers: number }[]) =>
          rs.map((r) => [r.group, Math.round(r.revenue * 100), r.orders, r.customers]).sort();
        for (const [k, bd] of sa.breakdowns.entries()) expect(rounded(sb.breakdowns[k].rows)).toEqual(rounded(bd.rows));
        expect(sb.returns.overall).toEqual(sa.returns.overall);
      }),
      { numRuns: 60 },
    );
  });
});
