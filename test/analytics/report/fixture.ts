import {
  AttributeValue, CellValue, ReturnsMode, Role, buildCustomerTable, customerMetrics, defaultAsOf, ingestTransactions, mapTable,
  scoreCustomers,
} from '../../../src/analytics';
import { AnalysisContext, ReportOptions } from '../../../src/analytics/report';

export interface FixtureOptions {
  asOf?: number;
  returns?: ReturnsMode;
  bins?: number;
  /** Segments by hand: scheme → customer id → segment (every scored customer must have one). */
  segments?: Record<string, Record<string, string>>;
  /** Customer attributes by hand: name → customer id → value (missing → null). */
  attributes?: Record<string, Record<string, AttributeValue>>;
  conflicts?: Record<string, number>;
  options?: Partial<ReportOptions>;
}

/** A context the way analyze.ts builds one, from a 2D block with a header row; segments and attributes by hand. */
export function contextOf(cells: CellValue[][], o: FixtureOptions = {}): AnalysisContext {
  const mapped = mapTable(cells);
  const headers: Partial<Record<Role, string>> = {};
  for (const [role, col] of Object.entries(mapped.roles) as [Role, number][]) headers[role] = mapped.headers[col];
  const tx = ingestTransactions(mapped.columns, { headers });
  const asOf = o.asOf ?? defaultAsOf(tx);
  const returns = o.returns ?? 'net';
  const bins = o.bins ?? 5;
  const customers = buildCustomerTable(customerMetrics(tx, asOf, returns), asOf);
  scoreCustomers(customers, 'ntile', bins);
  const key = (id: string | number) => String(id);
  for (const [scheme, byId] of Object.entries(o.segments ?? {})) {
    customers.segments[scheme] = customers.ids.map((id) => {
      const s = byId[key(id)];
      if (s === undefined) throw new Error(`fixture: no ${scheme} segment for ${id}`);
      return s;
    });
  }
  for (const [name, byId] of Object.entries(o.attributes ?? {})) {
    customers.attributes[name] = customers.ids.map((id) => byId[key(id)] ?? null);
  }
  const schemes = Object.keys(o.segments ?? {});
  return {
    tx, customers, asOf,
    options: { bins, scheme: schemes[0] ?? 'rfm', schemes, returns, ...o.options },
    customerAttributeConflicts: o.conflicts,
  };
}

/** Every scored customer in one segment. */
export function allIn(segment: string, ids: readonly (string | number)[]): Record<string, string> {
  return Object.fromEntries(ids.map((id) => [String(id), segment]));
}

export const HEADER = ['customer_id', 'order_id', 'order_date', 'total_price', 'shipping_status', 'category', 'product_name', 'payment_method', 'region', 'quantity'];

/**
 * A small shop in seed 002's shape, worked by hand in the tests. As of 2024-03-22 (the last
 * row + 1): c1 R1 F1 M2 (recency 437, 1 order, 120), c2 R3 F2 M3 (2 days, 2 orders,
 * 200 + 10 − 15 = 195), c3 R2 F3 M1 (276 days, 2 orders, 30). c4's only row is a return: not scored.
 */
export const SHOP: CellValue[][] = [
  HEADER,
  ['c1', 'o1', '2023-01-10', 100, 'Delivered', 'Electronics', 'Laptop', 'Card', 'North', 1],
  ['c1', 'o1', '2023-01-10', 20, 'Delivered', 'Accessories', 'Mouse', 'Card', 'North', 2],
  ['c1', 'o2', '2024-02-01', 50, 'Returned', 'Electronics', 'Monitor', 'Card', 'North', 1],
  ['c2', 'o3', '2024-03-05', 200, 'In Transit', 'Electronics', 'Laptop', 'Cash', 'South', 1],
  ['c2', 'o4', '2024-03-20', 10, '', 'Accessories', 'Mouse', 'Cash', '', 1],
  ['c3', 'o5', '2023-06-15', 30, 'Delivered', '', 'Cable', 'Crypto', 'South', 3],
  ['c4', 'o6', '2024-01-01', 80, 'Returned', 'Wearables', 'Watch', 'Card', 'North', 1],
  ['c3', 'o7', '2023-06-20', 0, 'Delivered', 'Accessories', 'Cable', 'Crypto', 'South', 1],
  ['c2', 'o8', '2024-03-21', -15, 'Refunded', 'Accessories', 'Mouse', 'Cash', 'South', -1],
];

export const SHOP_SEGMENTS = { rfm: { c1: 'Lost', c2: 'Potential Loyalist', c3: 'Others' } };
export const SHOP_ATTRIBUTES = { gender: { c1: 'F', c2: 'M' }, age: { c1: 30, c2: 52 } };

export const shop = (o: FixtureOptions = {}): AnalysisContext =>
  contextOf(SHOP, { segments: SHOP_SEGMENTS, attributes: SHOP_ATTRIBUTES, ...o });
