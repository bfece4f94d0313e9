/**
 * DuckDB baseline: the same typed columns loaded (untimed) into an in-memory table with one
 * thread, then the RFM pipeline in SQL. Per-customer results stay in DuckDB as a table, as the
 * JS ones stay in typed arrays; only the overall rate and the top 100 come back to JS.
 */
import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { RFM_RULES, RuleTable, Transactions } from '../../src/analytics';
import { RfmResult, TOP_N } from './rfm-result';

export interface DuckRfm {
  con: DuckDBConnection;
  close(): void;
}

/** One thread, the data already in table tx(customer, order_id, day, amount, returned). */
export async function openDuckDb(tx: Transactions): Promise<DuckRfm> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  await con.run('SET threads = 1');
  await con.run('CREATE TABLE tx (customer INTEGER, order_id INTEGER, day INTEGER, amount DOUBLE, returned BOOLEAN)');
  const appender = await con.createAppender('tx');
  for (let i = 0; i < tx.rowCount; i++) {
    const c = tx.customer[i];
    if (c < 0) continue;
    appender.appendInteger(tx.customerIds[c] as number);
    if (tx.order[i] < 0) appender.appendNull();
    else appender.appendInteger(tx.order[i]);
    appender.appendInteger(tx.day[i]);
    appender.appendDouble(tx.amount[i]);
    appender.appendBoolean(tx.isReturn[i] === 1);
    appender.endRow();
  }
  appender.closeSync();
  await con.run('CHECKPOINT');
  return { con, close: () => (con.closeSync(), db.closeSync()) };
}

/** CASE … END from a score rule table (bounds inclusive, first match wins). */
export function segmentCase(rules: RuleTable): string {
  const whens = rules.rules.map((rule) => {
    const tests = Object.entries(rule.bounds).map(([field, b]) => `${field} BETWEEN ${b!.min} AND ${b!.max}`);
    return `WHEN ${tests.join(' AND ')} THEN '${rule.segment.replace(/'/g, "''")}'`;
  });
  return `CASE ${whens.join(' ')} ELSE '${rules.fallback}' END`;
}

/**
 * Recency from the last purchase day, frequency = distinct orders of purchase rows, monetary =
 * purchases plus negative-amount returns (positive return rows are never revenue), rounded to 6
 * decimals; NTILE(5) worst first with ties by id; customers without a purchase are not scored.
 */
const CUSTOMERS_SQL = `
CREATE OR REPLACE TEMP TABLE rfm AS
WITH per_customer AS (
  SELECT customer,
    max(day) FILTER (WHERE NOT returned) AS last_day,
    count(DISTINCT order_id) FILTER (WHERE NOT returned) AS frequency,
    round(sum(amount) FILTER (WHERE NOT returned OR amount < 0), 6) AS monetary,
    count(DISTINCT order_id) AS orders,
    count(DISTINCT order_id) FILTER (WHERE returned) AS returned_orders
  FROM tx GROUP BY customer
  HAVING count(*) FILTER (WHERE NOT returned) > 0
),
scored AS (
  SELECT *, (SELECT max(day) + 1 FROM tx) - last_day AS recency,
    NTILE(5) OVER (ORDER BY last_day ASC, customer) AS r,
    NTILE(5) OVER (ORDER BY frequency ASC, customer) AS f,
    NTILE(5) OVER (ORDER BY monetary ASC, customer) AS m
  FROM per_customer
)
SELECT customer, recency, frequency, monetary, r, f, m, ${segmentCase(RFM_RULES)} AS segment,
  returned_orders / orders AS return_rate
FROM scored`;

const OVERALL_SQL = `SELECT count(DISTINCT order_id) FILTER (WHERE returned) / count(DISTINCT order_id) AS rate FROM tx`;
const TOP_SQL = `SELECT customer FROM rfm ORDER BY monetary DESC, customer LIMIT ${TOP_N}`;

/** The timed part: the per-customer table, the overall return rate and the top customers. */
export async function duckRfm(duck: DuckRfm): Promise<{ overallReturnRate: number; top: number[] }> {
  await duck.con.run(CUSTOMERS_SQL);
  const overall = await duck.con.runAndReadAll(OVERALL_SQL);
  const top = await duck.con.runAndReadAll(TOP_SQL);
  return { overallReturnRate: Number(overall.getRowsJS()[0][0]), top: top.getRowsJS().map((row) => Number(row[0])) };
}

/** Runs the pipeline and reads the per-customer table back (not timed). */
export async function duckResult(duck: DuckRfm): Promise<RfmResult> {
  const { overallReturnRate, top } = await duckRfm(duck);
  const reader = await duck.con.runAndReadAll('SELECT * FROM rfm ORDER BY customer');
  const customers = reader.getRowObjectsJS().map((row) => ({
    id: Number(row.customer), recency: Number(row.recency), frequency: Number(row.frequency), monetary: Number(row.monetary),
    r: Number(row.r), f: Number(row.f), m: Number(row.m), segment: String(row.segment), returnRate: Number(row.return_rate),
  }));
  return { customers, top, overallReturnRate };
}
