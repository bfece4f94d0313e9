import { Report, serialFromYmd } from '../../analytics';
import { SheetLayout } from './layout';
import { FORMAT, SheetPlan } from './types';

export const CUSTOMERS_SHEET = 'CX Customers';

const serial = (iso: string) => serialFromYmd(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));

/** One row per scored customer: metrics, scores, the segment under every scheme, attributes. */
export function planCustomers(report: Report): SheetPlan {
  const sheet = new SheetLayout(CUSTOMERS_SHEET);
  const schemes = report.options.schemes;
  const attributes = Object.keys(report.customers[0]?.attributes ?? {});
  sheet.table({
    name: 'CXCustomers',
    title: `${report.customers.length.toLocaleString('en-US')} customers, as of ${report.asOfDate}`,
    header: [
      'Customer', 'Recency (days)', 'Frequency', 'Monetary', 'R', 'F', 'M', 'RFM', 'Segment',
      ...schemes.map((s) => `Segment (${s})`), 'First purchase', 'Last purchase', 'AOV', 'Orders per month', ...attributes,
    ],
    rows: report.customers.map((c) => [
      c.customer, c.recencyDays, c.frequency, c.monetary, c.r, c.f, c.m, `${c.r}${c.f}${c.m}`, c.segment,
      ...schemes.map((s) => c.segments[s]), serial(c.firstPurchase), serial(c.lastPurchase), c.aov, c.ordersPerMonth,
      ...attributes.map((a) => c.attributes[a] ?? ''),
    ]),
    formats: [
      '', FORMAT.count, FORMAT.count, FORMAT.money, '0', '0', '0', '', '', ...schemes.map(() => ''), FORMAT.date, FORMAT.date,
      FORMAT.money, FORMAT.decimal, ...attributes.map(() => ''),
    ],
  });
  return sheet.done();
}
