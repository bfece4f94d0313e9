import fc from 'fast-check';
import { analyzeTable } from '../../../src/analytics';
import { RandomRow, asTable, randomRows } from '../random-orders';
import { useDuckDb } from '../../support/duckdb';

// DuckDB computes the same definitions in SQL, independently of our code.
const { run, query } = useDuckDb();

async function load(rows: RandomRow[]): Promise<void> {
  await run('CREATE OR REPLACE TABLE tx (customer INTEGER, order_id INTEGER, day INTEGER, cents BIGINT, category VARCHAR)');
  const values = rows.map((r) => `(${r.customer}, ${r.order}, ${r.day}, ${r.cents}, '${r.category}')`).join(',');
  await run(`INSERT INTO tx VALUES ${values}`);
}

/** Per-customer metrics, NTILE scores and PERCENT_RANK as DESIGN.md defines them; returns are negative rows. */
const CUSTOMERS_SQL = `
WITH as_of_day AS (SELECT max(day) + 1 AS d FROM tx),
m AS (
  SELECT customer,
    max(day) FILTER (WHERE cents >= 0) AS last_day,
    count(DISTINCT order_id) FILTER (WHERE cents >= 0) AS frequency,
    sum(cents) / 100.0 AS monetary
  FROM tx GROUP BY customer
  HAVING count(*) FILTER (WHERE cents >= 0) > 0
)
SELECT customer, (SELECT d FROM as_of_day) - last_day AS recency, frequency, round(monetary, 6) AS monetary,
  NTILE(5) OVER (ORDER BY last_day ASC, customer) AS r,
  NTILE(5) OVER (ORDER BY frequency ASC, customer) AS f,
  NTILE(5) OVER (ORDER BY round(monetary, 6) ASC, customer) AS m,
  PERCENT_RANK() OVER (ORDER BY round(monetary, 6)) * 100 AS p_monetary,
  PERCENT_RANK() OVER (ORDER BY frequency) * 100 AS p_frequency,
  PERCENT_RANK() OVER (ORDER BY last_day DESC) * 100 AS p_recency,
  PERCENT_RANK() OVER (ORDER BY round(round(monetary, 6) / frequency, 6)) * 100 AS p_aov
FROM m ORDER BY customer`;

/** Seed 002's personas from SQL's percentiles. */
const PERSONAS_SQL = `
SELECT customer, CASE
  WHEN p_monetary >= 90 THEN 'Premium Customer'
  WHEN p_monetary >= 70 AND p_frequency >= 70 THEN 'Loyal High-Value'
  WHEN p_recency >= 80 THEN 'High Churn Risk'
  WHEN p_aov >= 70 AND p_monetary < 70 THEN 'Low-Premium'
  ELSE 'Standard Customer' END AS persona
FROM (${CUSTOMERS_SQL}) ORDER BY customer`;

describe('agreement with DuckDB on random data', () => {
  it('per-customer recency, frequency, monetary, NTILE(5) scores and PERCENT_RANK', async () => {
    await fc.assert(
      fc.asyncProperty(randomRows(false, 400), async (rows) => {
        await load(rows);
        const sql = await query(CUSTOMERS_SQL);
        let report;
        try {
          report = analyzeTable(asTable(rows));
        } catch {
          expect(sql).toEqual([]);
          return;
        }
        const ours = report.customers.map((c) => ({ customer: c.customer, recency: c.recencyDays, frequency: c.frequency, monetary: c.monetary, r: c.r, f: c.f, m: c.m }));
        expect(ours).toEqual(sql.map((s) => ({ customer: s.customer, recency: s.recency, frequency: Number(s.frequency), monetary: s.monetary, r: Number(s.r), f: Number(s.f), m: Number(s.m) })));
        const personas = await query(PERSONAS_SQL);
        expect(report.customers.map((c) => c.segments.personas)).toEqual(personas.map((p) => p.persona));
      }),
      { numRuns: 40 },
    );
  });

  it('revenue, orders and customers by category and by month', async () => {
    await fc.assert(
      fc.asyncProperty(randomRows(false, 400), async (rows) => {
        await load(rows);
        let report;
        try {
          report = analyzeTable(asTable(rows));
        } catch {
          return;
        }
        // Rows of customers with at least one purchase; revenue nets negative rows; orders/customers count purchase rows.
        const scored = `customer IN (SELECT customer FROM tx GROUP BY customer HAVING count(*) FILTER (WHERE cents >= 0) > 0)`;
        const byCategory = await query(`
          SELECT CASE WHEN category = '' THEN '(blank)' ELSE category END AS grp, sum(cents) / 100.0 AS revenue,
            count(DISTINCT order_id) FILTER (WHERE cents >= 0) AS orders, count(DISTINCT customer) FILTER (WHERE cents >= 0) AS customers
          FROM tx WHERE ${scored} GROUP BY grp`);
        const ours = report.sections!.breakdowns.find((b) => b.dimension === 'category')!.rows;
        for (const s of byCategory) {
          const row = ours.find((r) => r.group === s.grp);
          if (!row) {
            expect([s.revenue, Number(s.orders)]).toEqual([0, 0]);
            continue;
          }
          expect(row.revenue).toBeCloseTo(s.revenue as number, 9);
          expect([row.orders, row.customers]).toEqual([Number(s.orders), Number(s.customers)]);
        }
        const byMonth = await query(`
          SELECT strftime(DATE '1899-12-30' + day::INTEGER, '%Y-%m') AS period, sum(cents) / 100.0 AS revenue,
            count(DISTINCT order_id) FILTER (WHERE cents >= 0) AS orders
          FROM tx WHERE ${scored} GROUP BY period ORDER BY period`);
        const months = new Map(report.sections!.trend.monthly.map((t) => [t.period, t]));
        for (const s of byMonth) {
          expect(months.get(s.period as string)!.revenue).toBeCloseTo(s.revenue as number, 9);
          expect(months.get(s.period as string)!.orders).toBe(Number(s.orders));
        }
      }),
      { numRuns: 30 },
    );
  });

  it('revenue, orders and customers by product, past 128 products (codes wider than a byte)', async () => {
    await fc.assert(
      fc.asyncProperty(randomRows(false, 400), fc.integer({ min: 130, max: 400 }), async (rows, products) => {
        // Product by row, spread so that most of a table's rows bring a product not seen before.
        const product = (i: number) => `P${(i * 7919) % products}`;
        await run('CREATE OR REPLACE TABLE tx (customer INTEGER, order_id INTEGER, day INTEGER, cents BIGINT, product VARCHAR)');
        await run(`INSERT INTO tx VALUES ${rows.map((r, i) => `(${r.customer}, ${r.order}, ${r.day}, ${r.cents}, '${product(i)}')`).join(',')}`);
        let report;
        try {
          report = analyzeTable([['customer', 'order', 'date', 'amount', 'product'], ...rows.map((r, i) => [r.customer, r.order, r.day, r.cents / 100, product(i)])]);
        } catch {
          return;
        }
        const scored = `customer IN (SELECT customer FROM tx GROUP BY customer HAVING count(*) FILTER (WHERE cents >= 0) > 0)`;
        const byProduct = await query(`
          SELECT product, sum(cents) / 100.0 AS revenue, count(DISTINCT order_id) FILTER (WHERE cents >= 0) AS orders,
            count(DISTINCT customer) FILTER (WHERE cents >= 0) AS customers
          FROM tx WHERE ${scored} GROUP BY product`);
        // Products sold (orders or revenue), and the top ones by revenue (ties by name) with their totals.
        const sold = byProduct.filter((s) => Number(s.orders) > 0 || s.revenue !== 0);
        const { productCount, topProducts } = report.sections!.products;
        expect(productCount).toBe(sold.length);
        expect(topProducts!.length).toBe(Math.min(sold.length, report.options.topN));
        for (const row of topProducts!) {
          const s = sold.find((p) => p.product === row.name)!;
          expect(row.revenue).toBeCloseTo(s.revenue as number, 9);
          expect([row.orders, row.customers]).toEqual([Number(s.orders), Number(s.customers)]);
        }
        const least = topProducts!.at(-1)!.revenue;
        expect(sold.filter((s) => (s.revenue as number) > least + 1e-9).length).toBeLessThan(topProducts!.length);
      }),
      { numRuns: 15 },
    );
  });
});
