import { CellValue, ColumnRef, cellAt, columnLength, isBlank, isExcelError } from './cells';
import { columnDayMonthOrder, parseDay } from './dates';
import { Id, IdIndex, normalizeId } from './ids';
import { parseNumber } from './numbers';
import { Role } from './roles';
import { AnalysisError } from './errors';
import { isReturnedStatus } from './returns';
import { AttributeColumn, DimensionColumn, NumericColumn, CATEGORY_ROLES, NUMERIC_ROLES, encodeCategory, encodeNumber } from './dimensions';

/** How one mapped column fared in coercion; rows are 1-based data rows (row 1 = first row under the header). */
export interface ColumnQuality {
  role: Role;
  header: string;
  empty: number;
  unparseable: number;
  firstEmptyRow?: number;
  firstUnparseableRow?: number;
}

export interface IngestQuality {
  rows: number;
  usedRows: number;
  skippedRows: number;
  columns: ColumnQuality[];
  /** Rows whose status cell is empty (their own group for return rates, purchases for RFM). */
  unknownStatusRows: number;
}

/** Typed transaction columns; row i was skipped when customer[i] < 0. */
export interface Transactions {
  rowCount: number;
  customerIds: Id[];
  customer: Int32Array;
  day: Float64Array;
  amount: Float64Array;
  /** Order key per row (-1 without an order column, or where the row has no order id). */
  order: Int32Array;
  orderCount: number;
  hasOrders: boolean;
  isReturn: Uint8Array;
  /** Whether return rows were decided by a status column (else by negative amount or quantity). */
  hasStatus: boolean;
  /** Every other mapped column (status, category, product, quantity, age…), typed. */
  attributes: Partial<Record<Role, AttributeColumn>>;
  quality: IngestQuality;
}

export type TransactionColumns = Partial<Record<Role, ColumnRef>> & { customer: ColumnRef; date: ColumnRef };

export interface IngestOptions {
  headers?: Partial<Record<Role, string>>;
  /** Status values that mean "returned"; default: return/refund/cancel and their forms. */
  returnedStatuses?: readonly string[];
}

function newQuality(role: Role, header: string): ColumnQuality {
  return { role, header, empty: 0, unparseable: 0 };
}

function markEmpty(q: ColumnQuality, row: number): void {
  if (q.empty++ === 0) q.firstEmptyRow = row;
}

function markBad(q: ColumnQuality, row: number): void {
  if (q.unparseable++ === 0) q.firstUnparseableRow = row;
}

/** Reads a numeric cell into the quality counters: NaN for blank or unreadable. */
function readNumber(v: CellValue, q: ColumnQuality, row: number): number {
  if (isBlank(v)) {
    markEmpty(q, row);
    return NaN;
  }
  const x = isExcelError(v) ? NaN : parseNumber(v);
  if (Number.isNaN(x)) markBad(q, row);
  return x;
}

/**
 * Coerces the mapped columns into typed arrays, counting every value it cannot read.
 * A row is used when its customer, date and amount (or quantity × unit price) can all be read.
 */
export function ingestTransactions(cols: TransactionColumns, options: IngestOptions = {}): Transactions {
  const n = columnLength(cols.customer);
  for (const [role, ref] of Object.entries(cols)) {
    if (ref && columnLength(ref) !== n) {
      throw new AnalysisError(`The ${role} column has ${columnLength(ref)} rows but the customer column has ${n}.`);
    }
  }
  if (!cols.amount && !(cols.quantity && cols.unitPrice)) {
    throw new AnalysisError('No amount column: map an amount column, or both quantity and unit price.');
  }
  const header = (r: Role) => options.headers?.[r] ?? r;
  const q = {} as Record<Role, ColumnQuality>;
  for (const role of Object.keys(cols) as Role[]) if (cols[role]) q[role] = newQuality(role, header(role));
  const attributes = encodeAttributes(cols, q, header);
  const quantity = (attributes.quantity as NumericColumn | undefined)?.values;
  const unitPrice = (attributes.unitPrice as NumericColumn | undefined)?.values;
  const status = attributes.status as DimensionColumn | undefined;
  const returnedLabels = status ? status.labels.map((l) => isReturnedStatus(l, options.returnedStatuses)) : [];

  const ids = new IdIndex();
  const orders = new IdIndex();
  const customer = new Int32Array(n).fill(-1);
  const day = new Float64Array(n);
  const amount = new Float64Array(n);
  const order = new Int32Array(n).fill(-1);
  const isReturn = new Uint8Array(n);
  const dayOrder = columnDayMonthOrder(cols.date);
  let used = 0;

  for (let i = 0; i < n; i++) {
    const row = i + 1;
    let ok = true;
    const idCell = cellAt(cols.customer, i);
    const id = isExcelError(idCell) ? undefined : normalizeId(idCell);
    if (id === undefined) {
      if (isBlank(idCell)) markEmpty(q.customer, row);
      else markBad(q.customer, row);
      ok = false;
    }
    const dateCell = cellAt(cols.date, i);
    const d = isExcelError(dateCell) ? NaN : parseDay(dateCell, dayOrder);
    if (Number.isNaN(d)) {
      if (isBlank(dateCell)) markEmpty(q.date, row);
      else markBad(q.date, row);
      ok = false;
    }
    const amt = cols.amount ? readNumber(cellAt(cols.amount, i), q.amount, row) : quantity![i] * unitPrice![i];
    if (Number.isNaN(amt)) ok = false;
    if (cols.order) {
      const o = normalizeId(cellAt(cols.order, i));
      if (o === undefined) markEmpty(q.order, row);
      else if (ok) order[i] = orders.keyOf(o);
    }
    if (!ok) continue;
    customer[i] = ids.keyOf(id!);
    day[i] = d;
    amount[i] = amt;
    const returned = status ? status.codes[i] >= 0 && returnedLabels[status.codes[i]] : amt < 0 || (quantity !== undefined && quantity[i] < 0);
    isReturn[i] = returned ? 1 : 0;
    used++;
  }

  return {
    rowCount: n,
    customerIds: ids.ids,
    customer,
    day,
    amount,
    order,
    orderCount: orders.size,
    hasOrders: cols.order !== undefined,
    isReturn,
    hasStatus: status !== undefined,
    attributes,
    quality: {
      rows: n,
      usedRows: used,
      skippedRows: n - used,
      columns: Object.values(q),
      unknownStatusRows: q.status?.empty ?? 0,
    },
  };
}

function encodeAttributes(cols: TransactionColumns, q: Record<Role, ColumnQuality>, header: (r: Role) => string) {
  const attributes: Partial<Record<Role, AttributeColumn>> = {};
  for (const [role, ref] of Object.entries(cols) as [Role, ColumnRef][]) {
    if (NUMERIC_ROLES.has(role)) attributes[role] = encodeNumber(header(role), ref, q[role]);
    else if (CATEGORY_ROLES.has(role)) attributes[role] = encodeCategory(header(role), ref, q[role]);
  }
  return attributes;
}
