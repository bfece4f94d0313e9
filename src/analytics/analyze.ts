import { isoFromSerial } from './dates';
import { AnalysisError } from './errors';
import { Id } from './ids';
import { IngestQuality, Transactions, TransactionColumns, ingestTransactions } from './ingest';
import { CustomerMetrics, customerMetrics, defaultAsOf } from './customer-metrics';
import { scoreCustomers } from './scores';
import { AnalyzeOptions, ResolvedOptions, resolveOptions } from './options';
import { assignSegments } from './assign-segments';
import { buildCustomerTable } from './build-customer-table';
import { CustomerTable } from './customer-table';
import { CellValue } from './cells';
import { segmentNames } from './rule-tables';
import { AnalysisContext, ReportSections, reportSections, rowFacts } from './analyses';
import { ColumnMapping, mapTable } from './table';
import { Role } from './roles';
import { CustomersTableResult, attributesFromCustomersTable, attributesFromTransactions } from './customer-attributes';

export interface CustomerRow {
  customer: Id;
  recencyDays: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
  /** Segment under the main scheme. */
  segment: string;
  /** Segment under every computed scheme. */
  segments: Record<string, string>;
  firstPurchase: string;
  lastPurchase: string;
  tenureDays: number;
  aov: number;
  ordersPerMonth: number;
  returnRows: number;
  returnedRevenue: number;
  /** Customer-level attributes (gender, age, …): the customer's most frequent value. */
  attributes: Record<string, string | number | null>;
}

export interface Report {
  asOf: number;
  asOfDate: string;
  options: ResolvedOptions;
  /** Scored customers, ascending by id. */
  customers: CustomerRow[];
  /** Customers with no purchase row (returns only): not scored. */
  unscored: Id[];
  /**
   * Segment per input data row ("" where the row was skipped or its customer not scored). Made
   * on first read, and not enumerable: spreads and JSON leave out a string per input row.
   */
  rowSegments: string[];
  /** Segment of each customer (by index, as `rowCustomer` counts them) under the main scheme. Not enumerable. */
  customerSegments: string[];
  /** The same segments as indices into `segmentNames`: what a spill of a few distinct rows reads. Not enumerable. */
  customerSegmentCodes: Uint16Array;
  /** The main scheme's segment names, in code order. Not enumerable. */
  segmentNames: string[];
  /** R, F and M of each customer (by index, as `customers`): what a spill of scores reads without shaping every customer. Not enumerable. */
  customerScores: { r: Uint8Array; f: Uint8Array; m: Uint8Array };
  /** Index into `customers` per input data row, -1 where the row was skipped or its customer not scored. */
  rowCustomer: Int32Array;
  quality: IngestQuality;
  /** Per attribute, the customers whose value differs across their rows. */
  attributeConflicts: Record<string, number>;
  /** How a customers table joined, when one was given. */
  customersTable?: Omit<CustomersTableResult, 'attributes'>;
  revenue: number;
  /** Every analysis of the one-click report (left out when the caller asked for customers only). */
  sections?: ReportSections;
}

/** What comes beside the transactions: an optional customers table (header row first). */
export interface AnalyzeInputs {
  customersTable?: readonly (readonly CellValue[])[];
  /** false: customers and segments only, no report sections (what the per-row custom functions need). */
  sections?: boolean;
}

/** Customer-level attributes from the orders, then from the customers table (which wins where both have one). */
function resolveAttributes(tx: Transactions, table: CustomerTable, inputs: AnalyzeInputs) {
  const found = attributesFromTransactions(tx, table);
  let joined: CustomersTableResult | undefined;
  if (inputs.customersTable) {
    joined = attributesFromCustomersTable(inputs.customersTable, table);
    Object.assign(found, joined.attributes);
  }
  const conflicts: Record<string, number> = {};
  for (const [name, { values, conflicts: n }] of Object.entries(found)) {
    table.attributes[name] = values;
    conflicts[name] = n;
  }
  return { conflicts, customersTable: joined && { unmatchedRows: joined.unmatchedRows, customersWithoutRow: joined.customersWithoutRow, blankIdRows: joined.blankIdRows } };
}

/** isoFromSerial with each day's text made once: customers share a few hundred days. */
function isoDates(): (serial: number) => string {
  const known = new Map<number, string>();
  return (serial) => {
    let iso = known.get(serial);
    if (iso === undefined) known.set(serial, (iso = isoFromSerial(serial)));
    return iso;
  };
}

/** A record per customer from columns by name (segments by scheme, attributes by name). */
function recordAt<T>(names: string[], columns: T[][], i: number): Record<string, T> {
  const out: Record<string, T> = {};
  for (let j = 0; j < names.length; j++) out[names[j]] = columns[j][i];
  return out;
}

function customerRows(table: CustomerTable, scheme: string): CustomerRow[] {
  const segments = table.segments[scheme];
  const schemes = Object.keys(table.segments);
  const bySchemes = schemes.map((s) => table.segments[s]);
  const attributeNames = Object.keys(table.attributes);
  const byAttributes = attributeNames.map((a) => table.attributes[a]);
  const iso = isoDates();
  return table.ids.map((customer, i) => ({
    customer,
    recencyDays: table.recencyDays[i],
    frequency: table.frequency[i],
    monetary: table.monetary[i],
    r: table.r[i],
    f: table.f[i],
    m: table.m[i],
    segment: segments[i],
    segments: recordAt(schemes, bySchemes, i),
    firstPurchase: iso(table.firstPurchaseDay[i]),
    lastPurchase: iso(table.lastPurchaseDay[i]),
    tenureDays: table.tenureDays[i],
    aov: table.aov[i],
    ordersPerMonth: table.ordersPerMonth[i],
    returnRows: table.returnRows[i],
    returnedRevenue: table.returnedRevenue[i],
    attributes: recordAt(attributeNames, byAttributes, i),
  }));
}

/**
 * The last analysis's context, kept until the next analysis is done. V8 keeps an object's hidden
 * class only while some object has it, and throws away the optimised code of every function that
 * read objects of that class once the last of them is collected ("weak objects"). Nearly every
 * analysis reads the context, its customer table, its row facts or its groupings, so when a run's
 * were collected the next run re-optimised them all, and some compiles were aborted for ~10 runs
 * while the new classes settled: ~30 ms of a million-row report in the bench's runs
 * (docs/performance.md, finding 20). What it holds beyond the report: the customer table (the
 * report's customer rows are made from it), the row facts (whose customer index per row is the
 * report's rowCustomer) and the groupings' totals. The caller's transactions are let go.
 */
let lastContext: Partial<AnalysisContext> | undefined;

function keepContext(ctx: AnalysisContext): void {
  lastContext = ctx;
  lastContext.tx = undefined;
}

/** The scored customer table and everything the report analyses read, from ingested transactions. */
export function analysisContext(tx: Transactions, options: AnalyzeOptions = {}, inputs: AnalyzeInputs = {}): { ctx: AnalysisContext; metrics: CustomerMetrics; customersTable?: Report['customersTable'] } {
  const resolved = resolveOptions(options);
  if (tx.quality.usedRows === 0) {
    const problems = tx.quality.columns
      .filter((c) => c.unparseable > 0 || (c.empty === tx.quality.rows && tx.quality.rows > 0))
      .map((c) => (c.unparseable > 0 ? `${c.header}: ${c.unparseable} values could not be read, first at row ${c.firstUnparseableRow}.` : `${c.header} is empty.`));
    throw new AnalysisError(['No row has a readable customer, date and amount.', ...problems].join(' '), 'no-data');
  }
  const asOf = options.asOf ?? defaultAsOf(tx);
  const metrics = customerMetrics(tx, asOf, resolved.returns);
  const table = buildCustomerTable(metrics, asOf);
  if (table.size === 0) throw new AnalysisError('No customer has a purchase: every usable row is a return.', 'no-data');
  scoreCustomers(table, resolved.method, resolved.bins, resolved.thresholds);
  assignSegments(table, resolved);
  const attributes = resolveAttributes(tx, table, inputs);
  const ctx: AnalysisContext = {
    tx, customers: table, asOf, options: resolved, topN: resolved.topN,
    bands: { age: resolved.ageBands, income: resolved.incomeBands }, attributeConflicts: attributes.conflicts,
  };
  return { ctx, metrics, customersTable: attributes.customersTable };
}

/** Customers with no purchase row, in order of first appearance: a loop, as a callback per customer cost ~1 ms a million rows. */
function returnsOnlyCustomers(metrics: CustomerMetrics): Id[] {
  const out: Id[] = [];
  for (let c = 0; c < metrics.ids.length; c++) if (!metrics.hasPurchase[c]) out.push(metrics.ids[c]);
  return out;
}

/**
 * Σ monetary over the scored customers, in their order. A function of its own: as a loop inside
 * analyzeTransactions it had V8 compile the whole analysis on stack (OSR) in every run, only to
 * drop that code at the first section it had no feedback for.
 */
function totalMonetary(table: CustomerTable): number {
  let revenue = 0;
  for (let i = 0; i < table.size; i++) revenue += table.monetary[i];
  return revenue;
}

/** Index into the customer table per row, -1 where the row was skipped or its customer not scored. */
function customerOfRows(tx: Transactions, table: CustomerTable): Int32Array {
  const out = new Int32Array(tx.rowCount);
  for (let r = 0; r < tx.rowCount; r++) out[r] = tx.customer[r] < 0 ? -1 : table.indexOfKey[tx.customer[r]];
  return out;
}

/** Defines `key` on `target` as a value made on first read (and replaceable); left out of spreads and JSON unless enumerable. */
function lazily<T extends object, V>(target: T, key: string, make: () => V, enumerable = true): void {
  let value: V | undefined;
  Object.defineProperty(target, key, {
    enumerable,
    get: () => (value ??= make()),
    set: (v: V) => (value = v),
  });
}

/**
 * The whole analysis over ingested transactions. The report's per-customer objects and per-row
 * segment strings are shaped on first read: they are what the sheets and functions write, not
 * analysis, and at a million rows building them cost more than all the report's analyses.
 */
export function analyzeTransactions(tx: Transactions, options: AnalyzeOptions = {}, inputs: AnalyzeInputs = {}): Report {
  const { ctx, metrics, customersTable } = analysisContext(tx, options, inputs);
  const { customers: table, asOf, options: resolved } = ctx;
  const unscored = returnsOnlyCustomers(metrics);
  const revenue = totalMonetary(table);
  const sections = inputs.sections === false ? undefined : reportSections(ctx, unscored);
  // The report's row facts hold the same column: shared rather than made twice.
  const rowCustomer = sections ? rowFacts(ctx).customerIndex : customerOfRows(tx, table);
  const report = {
    asOf, asOfDate: isoFromSerial(asOf), options: resolved, unscored, rowCustomer, quality: tx.quality,
    attributeConflicts: ctx.attributeConflicts, customersTable, revenue, sections,
  } as Report;
  keepContext(ctx);
  lazily(report, 'customers', () => customerRows(table, resolved.scheme));
  lazily(report, 'customerSegments', () => table.segments[resolved.scheme], false);
  lazily(report, 'customerSegmentCodes', () => table.segmentCodes[resolved.scheme], false);
  lazily(report, 'segmentNames', () => segmentNames(resolved.ruleTables[resolved.scheme]), false);
  lazily(report, 'customerScores', () => ({ r: table.r, f: table.f, m: table.m }), false);
  lazily(report, 'rowSegments', () => {
    const segments = table.segments[resolved.scheme];
    const out: string[] = new Array(rowCustomer.length);
    for (let r = 0; r < rowCustomer.length; r++) out[r] = rowCustomer[r] < 0 ? '' : segments[rowCustomer[r]];
    return out;
  }, false);
  return report;
}

export function analyzeColumns(
  cols: TransactionColumns,
  options: AnalyzeOptions & { headers?: Partial<Record<Role, string>> } = {},
  inputs: AnalyzeInputs = {},
): Report {
  resolveOptions(options);
  return analyzeTransactions(ingestTransactions(cols, options), options, inputs);
}

/** The one-click entry: a 2D block with a header row, roles detected unless mapped. */
export function analyzeTable(
  values: readonly (readonly CellValue[])[],
  options: AnalyzeOptions & { mapping?: ColumnMapping } = {},
  inputs: AnalyzeInputs = {},
): Report {
  const table = mapTable(values, options.mapping);
  const headers: Partial<Record<Role, string>> = {};
  for (const [role, col] of Object.entries(table.roles) as [Role, number][]) headers[role] = table.headers[col];
  return analyzeColumns(table.columns, { ...options, headers }, inputs);
}
