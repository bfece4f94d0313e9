/**
 * Arquero-only baseline: the RFM pipeline as idiomatic verbs (filter, groupby/rollup, join,
 * orderby + window derive) over an arquero table of the same typed columns, built beforehand.
 * arquero's op.ntile sizes buckets unlike SQL NTILE, so the score is derived from row_number.
 */
import * as aq from 'arquero';
import { RFM_RULES, RuleTable, Transactions } from '../../src/analytics';
import { RfmResult, TOP_N } from './rfm-result';

type ColumnTable = ReturnType<typeof aq.table>;
const { op } = aq;

export function arqueroTable(tx: Transactions): ColumnTable {
  const customer = new Float64Array(tx.rowCount);
  for (let i = 0; i < tx.rowCount; i++) customer[i] = tx.customer[i] < 0 ? NaN : (tx.customerIds[tx.customer[i]] as number);
  return aq
    .table({ customer, order_id: tx.order, day: tx.day, amount: tx.amount, returned: tx.isReturn })
    .filter((d: { customer: number }) => !op.is_nan(d.customer))
    .reify();
}

/** The rule table as one arquero expression: nested conditionals, first match wins. */
function segmentExpression(rules: RuleTable): string {
  const quote = (s: string) => JSON.stringify(s);
  let expr = quote(rules.fallback);
  for (const rule of [...rules.rules].reverse()) {
    const tests = Object.entries(rule.bounds).map(([field, b]) => `d.${field} >= ${b!.min} && d.${field} <= ${b!.max}`);
    expr = `(${tests.join(' && ')}) ? ${quote(rule.segment)} : ${expr}`;
  }
  return `d => ${expr}`;
}
const SEGMENT = segmentExpression(RFM_RULES);

/** SQL NTILE(k) from a 1-based row number over n rows: the first n mod k buckets one larger. */
const NTILE = '(d, $) => d.rn <= $.extra * ($.base + 1) ? op.floor((d.rn - 1) / ($.base + 1)) + 1 : $.extra + op.floor((d.rn - 1 - $.extra * ($.base + 1)) / $.base) + 1';

function ntile(t: ColumnTable, score: string, ...order: (string | object)[]): ColumnTable {
  const n = t.numRows();
  return t
    .params({ base: Math.floor(n / 5), extra: n % 5 })
    .orderby(...order)
    .derive({ rn: op.row_number() })
    .derive({ [score]: NTILE })
    .select(aq.not('rn'));
}

function perCustomer(t: ColumnTable): ColumnTable {
  const purchases = t
    .filter((d: { returned: number }) => !d.returned)
    .groupby('customer')
    .rollup({ last_day: op.max('day'), frequency: op.distinct('order_id') });
  const money = t
    .filter((d: { returned: number; amount: number }) => !d.returned || d.amount < 0)
    .groupby('customer')
    .rollup({ monetary: op.sum('amount') });
  const rates = t
    .groupby('customer', 'order_id')
    .rollup({ ret: op.max('returned') })
    .groupby('customer')
    .rollup({ orders: op.count(), returned_orders: op.sum('ret') });
  return purchases.join_left(money, 'customer').join_left(rates, 'customer');
}

export function arqueroRfm(t: ColumnTable): { scored: ColumnTable; overallReturnRate: number; top: number[] } {
  const asOf = (t.rollup({ d: op.max('day') }).get('d', 0) as number) + 1;
  let scored = perCustomer(t)
    .params({ asOf })
    .derive({
      recency: (d: { last_day: number }, $: { asOf: number }) => $.asOf - d.last_day,
      monetary: (d: { monetary: number }) => op.round(d.monetary * 1e6) / 1e6,
      return_rate: (d: { returned_orders: number; orders: number }) => d.returned_orders / d.orders,
    });
  scored = ntile(scored, 'r', 'last_day', 'customer');
  scored = ntile(scored, 'f', 'frequency', 'customer');
  scored = ntile(scored, 'm', 'monetary', 'customer').derive({ segment: SEGMENT });
  const overall = t
    .groupby('order_id')
    .rollup({ ret: op.max('returned') })
    .rollup({ orders: op.count(), returned: op.sum('ret') });
  const top = scored.orderby(aq.desc('monetary'), 'customer').slice(0, TOP_N).array('customer') as number[];
  return { scored, overallReturnRate: (overall.get('returned', 0) as number) / (overall.get('orders', 0) as number), top };
}

/** The arquero outcome in the common shape (not timed). */
export function arqueroResult(t: ColumnTable): RfmResult {
  const { scored, overallReturnRate, top } = arqueroRfm(t);
  const rows = scored.orderby('customer').objects() as Record<string, number | string>[];
  const customers = rows.map((row) => ({
    id: row.customer as number, recency: row.recency as number, frequency: row.frequency as number,
    monetary: row.monetary as number, r: row.r as number, f: row.f as number, m: row.m as number,
    segment: row.segment as string, returnRate: row.return_rate as number,
  }));
  return { customers, top, overallReturnRate };
}
