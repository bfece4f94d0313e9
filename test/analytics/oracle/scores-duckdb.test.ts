import fc from 'fast-check';
import { CellValue, analyzeTable, buildCustomerTable, customerMetrics, defaultAsOf, ingestTransactions, mapTable } from '../../../src/analytics';
import { useDuckDb } from '../../support/duckdb';

// DuckDB computes scores, percentiles and segments from DESIGN.md's definitions, in SQL, apart from our code.
const { run, query } = useDuckDb();

interface Row { customer: number; order: number; day: number; cents: number }

/** A few thousand order rows over a few hundred numeric customer ids; about one row in ten a credit note. */
const transactions = fc.array(
  fc.record({
    customer: fc.integer({ min: 1, max: 600 }),
    order: fc.integer({ min: 1, max: 4000 }),
    day: fc.integer({ min: 45000, max: 45730 }),
    cents: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 50000 }) }, { weight: 1, arbitrary: fc.integer({ min: -20000, max: -1 }) }),
  }),
  { minLength: 1000, maxLength: 4000 },
);

const cells = (rows: Row[]): CellValue[][] => [['customer', 'order', 'date', 'amount'], ...rows.map((r) => [r.customer, r.order, r.day, r.cents / 100])];

async function load(rows: Row[]): Promise<void> {
  await run('CREATE OR REPLACE TABLE tx (customer INTEGER, order_id INTEGER, day INTEGER, cents BIGINT)');
  await run(`INSERT INTO tx VALUES ${rows.map((r) => `(${r.customer}, ${r.order}, ${r.day}, ${r.cents})`).join(',')}`);
}

/** Per customer: metrics, NTILE(k) and rank-quantile scores, PERCENT_RANK × 100. Negative rows are the returns. */
const scoresSql = (k: number) => `
WITH m AS (
  SELECT customer AS id,
    (SELECT max(day) + 1 FROM tx) - max(day) FILTER (WHERE cents >= 0) AS recency,
    count(DISTINCT order_id) FILTER (WHERE cents >= 0) AS frequency,
    (sum(cents) / 100)::DOUBLE AS monetary
  FROM tx GROUP BY customer HAVING count(*) FILTER (WHERE cents >= 0) > 0
), s AS (
  SELECT *, count(*) OVER () AS n,
    -- JavaScript's Math.round(x × 1e6) / 1e6, operation for operation
    floor(monetary / frequency * 1e6 + 0.5) / 1e6 AS aov,
    NTILE(${k}) OVER (ORDER BY recency DESC, id) AS r_ntile,
    NTILE(${k}) OVER (ORDER BY frequency, id) AS f_ntile,
    NTILE(${k}) OVER (ORDER BY monetary, id) AS m_ntile,
    ROW_NUMBER() OVER (ORDER BY recency, id) AS r_rank,
    ROW_NUMBER() OVER (ORDER BY frequency, id) AS f_rank,
    ROW_NUMBER() OVER (ORDER BY monetary, id) AS m_rank
  FROM m
)
SELECT id, recency, frequency, monetary, r_ntile, f_ntile, m_ntile,
  ${k} + 1 - (CASE WHEN n = 1 THEN 1 ELSE greatest(1, ceil(${k} * (r_rank - 1) / (n - 1))) END) AS r_rq,
  CASE WHEN n = 1 THEN 1 ELSE greatest(1, ceil(${k} * (f_rank - 1) / (n - 1))) END AS f_rq,
  CASE WHEN n = 1 THEN 1 ELSE greatest(1, ceil(${k} * (m_rank - 1) / (n - 1))) END AS m_rq,
  PERCENT_RANK() OVER (ORDER BY recency) * 100 AS p_recency,
  PERCENT_RANK() OVER (ORDER BY frequency) * 100 AS p_frequency,
  PERCENT_RANK() OVER (ORDER BY monetary) * 100 AS p_monetary,
  PERCENT_RANK() OVER (ORDER BY aov) * 100 AS p_aov
FROM s ORDER BY id`;

const between = (x: string, lo: number, hi: number) => `${x} BETWEEN ${lo} AND ${hi}`;
const rfmCase = (rules: [string, [number, number], [number, number], [number, number]?][], otherwise: string) =>
  `CASE ${rules.map(([name, r, f, m]) => `WHEN ${between('r', ...r)} AND ${between('f', ...f)}${m ? ` AND ${between('m', ...m)}` : ''} THEN '${name.replace("'", "''")}'`).join(' ')} ELSE '${otherwise}' END`;

/** DESIGN.md's four schemes as SQL CASEs over NTILE(5) scores and the percentiles. */
const segmentsSql = `
SELECT id,
  ${rfmCase([
    ['Champions', [4, 5], [4, 5], [4, 5]], ['Loyal Customers', [2, 5], [3, 5], [3, 5]], ['Potential Loyalist', [3, 5], [1, 3], [1, 3]],
    ['New Customers', [4, 5], [1, 1], [1, 1]], ['Promising', [3, 4], [1, 1], [1, 1]], ['Need Attention', [2, 3], [2, 3], [2, 3]],
    ['About To Sleep', [2, 3], [1, 2], [1, 2]], ['At Risk', [1, 2], [2, 5], [2, 5]], ["Can't Lose Them", [1, 1], [4, 5], [4, 5]],
    ['Lost', [1, 2], [1, 2], [1, 2]],
  ], 'Others')} AS rfm,
  ${rfmCase([
    ['Champions', [5, 5], [4, 5]], ['Loyal Customers', [3, 4], [4, 5]], ['Potential Loyalists', [4, 5], [2, 3]], ['New Customers', [5, 5], [1, 1]],
    ['Promising', [4, 4], [1, 1]], ['Need Attention', [3, 3], [3, 3]], ['About To Sleep', [3, 3], [1, 2]], ['At Risk', [1, 2], [3, 4]],
    ["Can't Lose Them", [1, 2], [5, 5]], ['Hibernating', [1, 2], [1, 2]],
  ], 'Others')} AS rfgrid,
  CASE WHEN f = 5 AND m >= 4 THEN 'VIP' WHEN f >= 3 THEN 'Loyal' ELSE 'Periodic Buyers' END AS tiers,
  CASE WHEN p_monetary >= 90 THEN 'Premium Customer'
    WHEN p_monetary >= 70 AND p_frequency >= 70 THEN 'Loyal High-Value'
    WHEN p_recency >= 80 THEN 'High Churn Risk'
    WHEN p_aov >= 70 AND p_monetary < 70 THEN 'Low-Premium'
    ELSE 'Standard Customer' END AS personas
FROM (SELECT *, r_ntile AS r, f_ntile AS f, m_ntile AS m FROM (${scoresSql(5)})) ORDER BY id`;

const num = (v: unknown) => Number(v);

describe('agreement with DuckDB on a few thousand random order rows', () => {
  it('metrics, NTILE(k) and rank-quantile scores for k = 2..10, and PERCENT_RANK of the customer table', async () => {
    await fc.assert(
      fc.asyncProperty(transactions, fc.integer({ min: 2, max: 10 }), async (rows, k) => {
        await load(rows);
        const sql = await query(scoresSql(k));
        const ntile = analyzeTable(cells(rows), { bins: k }, { sections: false }).customers;
        const rq = analyzeTable(cells(rows), { bins: k, method: 'rank-quantile' }, { sections: false }).customers;
        expect(ntile.map((c) => c.customer)).toEqual(sql.map((s) => s.id));
        ntile.forEach((c, i) => {
          const s = sql[i];
          expect([c.recencyDays, c.frequency, c.r, c.f, c.m]).toEqual([s.recency, s.frequency, s.r_ntile, s.f_ntile, s.m_ntile].map(num));
          expect(Math.abs(c.monetary - num(s.monetary))).toBeLessThanOrEqual(1e-9);
          expect([rq[i].r, rq[i].f, rq[i].m]).toEqual([s.r_rq, s.f_rq, s.m_rq].map(num));
        });
        const mapped = mapTable(cells(rows));
        const tx = ingestTransactions(mapped.columns);
        const table = buildCustomerTable(customerMetrics(tx, defaultAsOf(tx)), defaultAsOf(tx));
        const { recency, frequency, monetary, aov } = table.percentile;
        expect([Array.from(recency), Array.from(frequency), Array.from(monetary), Array.from(aov)])
          .toEqual([sql.map((s) => s.p_recency), sql.map((s) => s.p_frequency), sql.map((s) => s.p_monetary), sql.map((s) => s.p_aov)]);
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it('segments of all four built-in schemes', async () => {
    await fc.assert(
      fc.asyncProperty(transactions, async (rows) => {
        await load(rows);
        const sql = await query(segmentsSql);
        const ours = analyzeTable(cells(rows), {}, { sections: false }).customers;
        expect(ours.map((c) => ({ id: c.customer, ...c.segments }))).toEqual(sql);
      }),
      { numRuns: 12 },
    );
  }, 60_000);
});
