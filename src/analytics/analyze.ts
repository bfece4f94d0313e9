import { isoFromSerial } from './dates';
import { AnalysisError } from './errors';
import { Id } from './ids';
import { IngestQuality, Transactions, TransactionColumns, ingestTransactions } from './ingest';
import { ReturnsMode, customerMetrics, defaultAsOf } from './customer-metrics';
import { BUILT_IN_SCHEMES } from './rule-tables';
import { SCORING_METHODS, ScoringMethod, scoreCustomers } from './scores';
import { buildCustomerTable } from './build-customer-table';
import { CustomerTable } from './customer-table';
import { segmentOf } from './segments';
import { CellValue } from './cells';
import { ColumnMapping, mapTable } from './table';
import { Role } from './roles';

export interface AnalyzeOptions {
  /** As-of date as an Excel serial day; default the latest order date + 1. */
  asOf?: number;
  method?: ScoringMethod;
  bins?: number;
  scheme?: string;
  returns?: ReturnsMode;
  returnedStatuses?: string[];
}

export interface CustomerRow {
  customer: Id;
  recencyDays: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
  segment: string;
}

export interface Report {
  asOf: number;
  asOfDate: string;
  options: Required<Omit<AnalyzeOptions, 'asOf' | 'returnedStatuses'>> & { returnedStatuses?: string[] };
  /** Scored customers, ascending by id. */
  customers: CustomerRow[];
  /** Customers with no purchase row (returns only): not scored. */
  unscored: Id[];
  /** Segment per input data row ("" where the row was skipped or its customer not scored). */
  rowSegments: string[];
  quality: IngestQuality;
  revenue: number;
}

export function validateOptions(options: AnalyzeOptions) {
  const method = options.method ?? 'ntile';
  const bins = options.bins ?? 5;
  const scheme = options.scheme ?? 'rfm';
  const returns = options.returns ?? 'net';
  if (!SCORING_METHODS.includes(method)) {
    throw new AnalysisError(`Unknown scoring method "${method}". Use one of: ${SCORING_METHODS.join(', ')}.`);
  }
  if (!Number.isInteger(bins) || bins < 2 || bins > 10) throw new AnalysisError(`bins must be a whole number from 2 to 10, not ${bins}.`);
  if (!BUILT_IN_SCHEMES[scheme]) {
    throw new AnalysisError(`Unknown segment scheme "${scheme}". Use one of: ${Object.keys(BUILT_IN_SCHEMES).join(', ')}.`);
  }
  if (returns !== 'net' && returns !== 'exclude') throw new AnalysisError(`returns must be "net" or "exclude", not "${returns}".`);
  return { method, bins, scheme, returns, returnedStatuses: options.returnedStatuses };
}

function customerRows(table: CustomerTable, scheme: string): CustomerRow[] {
  const segments = table.segments[scheme];
  return table.ids.map((customer, i) => ({
    customer,
    recencyDays: table.recencyDays[i],
    frequency: table.frequency[i],
    monetary: table.monetary[i],
    r: table.r[i],
    f: table.f[i],
    m: table.m[i],
    segment: segments[i],
  }));
}

/** The whole analysis over ingested transactions. */
export function analyzeTransactions(tx: Transactions, options: AnalyzeOptions = {}): Report {
  const resolved = validateOptions(options);
  if (tx.quality.usedRows === 0) throw new AnalysisError('No row has a readable customer, date and amount.', 'no-data');
  const asOf = options.asOf ?? defaultAsOf(tx);
  const metrics = customerMetrics(tx, asOf, resolved.returns);
  const table = buildCustomerTable(metrics, asOf);
  if (table.size === 0) throw new AnalysisError('No customer has a purchase: every usable row is a return.', 'no-data');
  scoreCustomers(table, resolved.method, resolved.bins);
  const rules = BUILT_IN_SCHEMES[resolved.scheme];
  table.segments[resolved.scheme] = Array.from({ length: table.size }, (_, i) =>
    segmentOf(rules, { r: table.r[i], f: table.f[i], m: table.m[i] }),
  );
  const rows = customerRows(table, resolved.scheme);
  const segments = table.segments[resolved.scheme];
  const rowSegments = Array.from(tx.customer, (c) => (c < 0 || table.indexOfKey[c] < 0 ? '' : segments[table.indexOfKey[c]]));
  const unscored = metrics.ids.filter((_, c) => !metrics.hasPurchase[c]);
  const revenue = rows.reduce((s, r) => s + r.monetary, 0);
  return { asOf, asOfDate: isoFromSerial(asOf), options: resolved, customers: rows, unscored, rowSegments, quality: tx.quality, revenue };
}

export function analyzeColumns(cols: TransactionColumns, options: AnalyzeOptions & { headers?: Partial<Record<Role, string>> } = {}): Report {
  validateOptions(options);
  return analyzeTransactions(ingestTransactions(cols, options), options);
}

/** The one-click entry: a 2D block with a header row, roles detected unless mapped. */
export function analyzeTable(
  values: readonly (readonly CellValue[])[],
  options: AnalyzeOptions & { mapping?: ColumnMapping } = {},
): Report {
  const table = mapTable(values, options.mapping);
  const headers: Partial<Record<Role, string>> = {};
  for (const [role, col] of Object.entries(table.roles) as [Role, number][]) headers[role] = table.headers[col];
  return analyzeColumns(table.columns, { ...options, headers });
}
