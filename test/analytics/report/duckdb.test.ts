import fc from 'fast-check';
import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { productRows, returnsAndLeakage, rowBreakdown, trendByMonth, trendByYear } from '../../../src/analytics/report';
import { RETURNED_STATUSES, ShopRow, randomShop, shopContext } from './random-shop';

// DuckDB computes the same definitions in SQL over the same rows, independently of our code.
let db: DuckDBInstance;
let con: DuckDBConnection;

beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
  con = await db.connect();
});

afterAll(() => con?.closeSync());

const text = (s: string) => `'${s.replace(/'/g, "''")}'`;

async function load(rows: readonly ShopRow[], withStatus: boolean): Promise<void> {
  await con.run(`CREATE OR REPLACE TABLE raw (rn INTEGER, customer INTEGER, order_id INTEGER, day INTEGER, cents BIGINT,
    category VARCHAR, product VARCHAR, status VARCHAR)`);
  const values = rows.map((r, i) =>
    `(${i}, ${r.customer ?? 'NULL'}, ${r.order ?? 'NULL'}, ${r.day}, ${r.cents}, ${text(r.category)}, ${text(r.product)}, ${text(r.status)})`);
  await con.run(`INSERT INTO raw VALUES ${values.join(',')}`);
  // Used rows; an order is an (order id, customer) pair, a row without an order id an order of its own.
  const isReturn = withStatus ? `status IN (${RETURNED_STATUSES.map(text).join(', ')})` : 'cents < 0';
  await con.run(`CREATE OR REPLACE TABLE tx AS
    SELECT *, ${isReturn} AS is_return, ${withStatus ? "status <> ''" : 'TRUE'} AS known,
      coalesce(order_id::VARCHAR, 'row ' || rn) || ' / ' || customer AS okey,
      CASE WHEN category = '' THEN '(blank)' ELSE category END AS cat,
      CASE WHEN product = '' THEN '(blank)' ELSE product END AS prod
    FROM raw WHERE customer IS NOT NULL`);
  // Rows of scored customers (those with a purchase), with revenue as DESIGN.md defines it (returns "net").
  await con.run(`CREATE OR REPLACE TABLE scored AS
    SELECT *, CASE WHEN NOT is_return THEN cents WHEN cents < 0 THEN cents ELSE 0 END AS rev_cents
    FROM tx WHERE customer IN (SELECT customer FROM tx WHERE NOT is_return)`);
}

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const reader = await con.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

const GROUP_SQL = (key: string) => `
  SELECT ${key} AS grp, sum(rev_cents) / 100.0 AS revenue,
    count(DISTINCT okey) FILTER (WHERE NOT is_return) AS orders,
    count(DISTINCT customer) FILTER (WHERE NOT is_return) AS customers
  FROM scored GROUP BY grp ORDER BY grp`;

interface Totals { group: string; revenue: number; orders: number; customers: number }

/** Our groups are SQL's groups with something in them; every figure agrees, money to 1e-9. */
function agree(ours: Totals[], sql: Record<string, unknown>[]): void {
  const byGroup = new Map(ours.map((r) => [r.group, r]));
  for (const s of sql) {
    const row = byGroup.get(s.grp as string);
    const want = { revenue: s.revenue as number, orders: Number(s.orders), customers: Number(s.customers) };
    if (!row) {
      expect([want.revenue, want.orders]).toEqual([0, 0]);
      continue;
    }
    expect(Math.abs(row.revenue - want.revenue)).toBeLessThanOrEqual(1e-9);
    expect([row.orders, row.customers]).toEqual([want.orders, want.customers]);
    byGroup.delete(s.grp as string);
  }
  expect([...byGroup.keys()]).toEqual([]);
}

const periods = (rows: { period: string; revenue: number; orders: number; customers: number }[]) =>
  rows.filter((r) => r.orders > 0 || r.revenue !== 0).map((r) => ({ ...r, group: r.period }));

describe('agreement with DuckDB on random shops', () => {
  it('revenue, orders and customers by category, product, month and year', async () => {
    await fc.assert(
      fc.asyncProperty(randomShop({ maxRows: 300 }), fc.boolean(), async (rows, withStatus) => {
        const ctx = shopContext(rows, withStatus);
        await load(rows, withStatus);
        if (!ctx) {
          expect(await query('SELECT * FROM scored')).toEqual([]);
          return;
        }
        agree(rowBreakdown(ctx, 'category')!.rows, await query(GROUP_SQL('cat')));
        agree(productRows(ctx, 'product')!, await query(GROUP_SQL('prod')));
        agree(periods(trendByMonth(ctx)), await query(GROUP_SQL(`strftime(DATE '1899-12-30' + day, '%Y-%m')`)));
        agree(periods(trendByYear(ctx)), await query(GROUP_SQL(`strftime(DATE '1899-12-30' + day, '%Y')`)));
      }),
      { numRuns: 40 },
    );
  });

  it('return rate, returned revenue and gross sales by product and overall, every used row counted', async () => {
    await fc.assert(
      fc.asyncProperty(randomShop({ maxRows: 300 }), fc.boolean(), async (rows, withStatus) => {
        const ctx = shopContext(rows, withStatus);
        if (!ctx) return;
        await load(rows, withStatus);
        const sql = await query(`
          SELECT prod AS grp,
            count(DISTINCT okey) FILTER (WHERE known) AS orders,
            count(DISTINCT okey) FILTER (WHERE is_return) AS returned,
            coalesce(sum(abs(cents)) FILTER (WHERE is_return), 0) / 100.0 AS returned_revenue,
            coalesce(sum(cents) FILTER (WHERE NOT is_return OR cents > 0), 0) / 100.0 AS gross
          FROM tx GROUP BY ROLLUP (prod) ORDER BY grp NULLS FIRST`);
        const r = returnsAndLeakage(ctx);
        const ours = [r.overall, ...r.byDimension.find((d) => d.dimension === 'product')!.rows];
        const want = sql.map((s) => ({ group: (s.grp as string | null) ?? 'All', orders: Number(s.orders), returned: Number(s.returned) }));
        expect(ours.map((g) => ({ group: g.group, orders: g.orders, returned: g.returnedOrders })).sort((a, b) => (a.group < b.group ? -1 : 1)))
          .toEqual(want.sort((a, b) => (a.group < b.group ? -1 : 1)));
        for (const s of sql) {
          const g = ours.find((o) => o.group === ((s.grp as string | null) ?? 'All'))!;
          expect(Math.abs(g.returnedRevenue - (s.returned_revenue as number))).toBeLessThanOrEqual(1e-9);
          expect(Math.abs(g.grossSales - (s.gross as number))).toBeLessThanOrEqual(1e-9);
          expect(g.returnRate).toBe(Number(s.orders) === 0 ? null : Number(s.returned) / Number(s.orders));
        }
      }),
      { numRuns: 40 },
    );
  });
});
