import { Report, serialFromYmd } from '../../analytics';
import { SheetLayout } from './layout';
import { FORMAT, PlanCell, SheetPlan } from './types';

export const CUSTOMERS_SHEET = 'CX Customers';

const serial = (iso: string) => serialFromYmd(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));

/** Customers a turn when the rows are built in turns (a million-row report has ~80,000). */
const CUSTOMERS_PER_TURN = 10_000;

function attributeNames(report: Report): string[] {
  return Object.keys(report.customers[0]?.attributes ?? {});
}

/** The sheet row of customer i: metrics, scores, the segment under every scheme, attributes. */
function customerRow(report: Report, attributes: string[]): (i: number) => PlanCell[] {
  const schemes = report.options.schemes;
  return (i) => {
    const c = report.customers[i];
    return [
      c.customer, c.recencyDays, c.frequency, c.monetary, c.r, c.f, c.m, `${c.r}${c.f}${c.m}`, c.segment,
      ...schemes.map((s) => c.segments[s]), serial(c.firstPurchase), serial(c.lastPurchase), c.aov, c.ordersPerMonth,
      ...attributes.map((a) => c.attributes[a] ?? ''),
    ];
  };
}

/** The customers' rows, `CUSTOMERS_PER_TURN` at a time, waiting on `between` after each (the pane paints meanwhile). */
export async function customerRowsInTurns(report: Report, between: () => Promise<void>): Promise<PlanCell[][]> {
  const row = customerRow(report, attributeNames(report));
  const rows: PlanCell[][] = new Array(report.customers.length);
  for (let start = 0; start < rows.length; start += CUSTOMERS_PER_TURN) {
    for (let i = start; i < Math.min(rows.length, start + CUSTOMERS_PER_TURN); i++) rows[i] = row(i);
    await between();
  }
  return rows;
}

/** One row per scored customer: metrics, scores, the segment under every scheme, attributes (`rows`: made already, in turns). */
export function planCustomers(report: Report, rows?: PlanCell[][]): SheetPlan {
  const sheet = new SheetLayout(CUSTOMERS_SHEET);
  const schemes = report.options.schemes;
  const attributes = attributeNames(report);
  const row = customerRow(report, attributes);
  sheet.table({
    name: 'CXCustomers',
    title: `${report.customers.length.toLocaleString('en-US')} customers, as of ${report.asOfDate}`,
    header: [
      'Customer', 'Recency (days)', 'Frequency', 'Monetary', 'R', 'F', 'M', 'RFM', 'Segment',
      ...schemes.map((s) => `Segment (${s})`), 'First purchase', 'Last purchase', 'AOV', 'Orders per month', ...attributes,
    ],
    rows: rows ?? report.customers.map((_, i) => row(i)),
    formats: [
      '', FORMAT.count, FORMAT.count, FORMAT.money, '0', '0', '0', '', '', ...schemes.map(() => ''), FORMAT.date, FORMAT.date,
      FORMAT.money, FORMAT.decimal, ...attributes.map(() => ''),
    ],
  });
  return sheet.done();
}
