import { CellValue, ColumnRef, cellAt, columnLength, isBlank, isExcelError } from './cells';
import { columnDayMonthOrder, dayFromNumber, parseDay } from './dates';
import { Id, IdIndex, normalizeId } from './ids';
import { parseNumber } from './numbers';
import { Role } from './roles';
import { AnalysisError } from './errors';
import { isReturnedStatus } from './returns';
import { AttributeColumn, CATEGORY_ROLES, CategoryEncoder, NUMERIC_ROLES, NumberEncoder } from './dimensions';

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
  const { categories, numbers, attributes } = attributeEncoders(cols, q, header, n);
  const quantity = numbers.find((c) => c.role === 'quantity')?.encoder.values;
  const unitPrice = numbers.find((c) => c.role === 'unitPrice')?.encoder.values;
  const status = categories.find((c) => c.role === 'status')?.encoder;
  // Per status code, whether it means returned: decided when the code first appears.
  const returnedCode: boolean[] = [];

  const ids = new IdIndex(n);
  const orders = new IdIndex(n);
  // Every row writes its customer and order key (-1 when skipped): no separate fill pass.
  const customer = new Int32Array(n);
  const day = new Float64Array(n);
  const amount = new Float64Array(n);
  const order = new Int32Array(n);
  const isReturn = new Uint8Array(n);
  const dayOrder = columnDayMonthOrder(cols.date);
  let used = 0;

  // One pass over the rows, every mapped column of a row together: a pass per column walked the
  // million row arrays eight times.
  // Columns of one block (mapTable's case) share each row array: fetch it once per row.
  const block = oneBlock(cols);
  for (let i = 0; i < n; i++) {
    const cells = block && block.rows[block.start + i];
    for (let a = 0; a < categories.length; a++) categories[a].encoder.add(cells ? cells[categories[a].ref.col] : cellAt(categories[a].ref, i), i);
    for (let a = 0; a < numbers.length; a++) numbers[a].encoder.add(cells ? cells[numbers[a].ref.col] : cellAt(numbers[a].ref, i), i);
    const row = i + 1;
    let ok = true;
    const idCell = cells ? cells[cols.customer.col] : cellAt(cols.customer, i);
    // typeof first at each cell: Excel hands numbers, and a column of them then takes the same
    // short path even after columns of text were read (parseDay has seen both kinds of cell).
    const id = typeof idCell === 'number' ? (Number.isFinite(idCell) ? idCell : undefined) : isExcelError(idCell) ? undefined : normalizeId(idCell);
    if (id === undefined) {
      if (isBlank(idCell)) markEmpty(q.customer, row);
      else markBad(q.customer, row);
      ok = false;
    }
    const dateCell = cells ? cells[cols.date.col] : cellAt(cols.date, i);
    const d = typeof dateCell === 'number' ? dayFromNumber(dateCell) : isExcelError(dateCell) ? NaN : parseDay(dateCell, dayOrder);
    if (Number.isNaN(d)) {
      if (isBlank(dateCell)) markEmpty(q.date, row);
      else markBad(q.date, row);
      ok = false;
    }
    const amountCell = cols.amount ? (cells ? cells[cols.amount.col] : cellAt(cols.amount, i)) : undefined;
    const amt = !cols.amount
      ? quantity![i] * unitPrice![i]
      : typeof amountCell === 'number' && Number.isFinite(amountCell) ? amountCell : readNumber(amountCell, q.amount, row);
    if (Number.isNaN(amt)) ok = false;
    let orderKey = -1;
    if (cols.order) {
      const o = normalizeId(cells ? cells[cols.order.col] : cellAt(cols.order, i));
      if (o === undefined) markEmpty(q.order, row);
      else if (ok) orderKey = orders.keyOf(o);
    }
    order[i] = orderKey;
    if (!ok) {
      customer[i] = -1;
      continue;
    }
    customer[i] = ids.keyOf(id!);
    day[i] = d;
    amount[i] = amt;
    let returned: boolean;
    if (status) {
      const code = status.codes[i];
      if (code >= 0 && returnedCode[code] === undefined) returnedCode[code] = isReturnedStatus(status.labels[code], options.returnedStatuses);
      returned = code >= 0 && returnedCode[code];
    } else returned = amt < 0 || (quantity !== undefined && quantity[i] < 0);
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

/** The rows and first row every mapped column reads from, when they all read one block. */
function oneBlock(cols: TransactionColumns): { rows: ColumnRef['rows']; start: number } | undefined {
  const refs = Object.values(cols).filter((ref): ref is ColumnRef => ref !== undefined);
  const { rows, start } = cols.customer;
  return refs.every((ref) => ref.rows === rows && ref.start === start) ? { rows, start } : undefined;
}

/** An encoder per attribute column, in the order of the mapping (attributes keeps that order). */
function attributeEncoders(cols: TransactionColumns, q: Record<Role, ColumnQuality>, header: (r: Role) => string, n: number) {
  const categories: { role: Role; ref: ColumnRef; encoder: CategoryEncoder }[] = [];
  const numbers: { role: Role; ref: ColumnRef; encoder: NumberEncoder }[] = [];
  const attributes: Partial<Record<Role, AttributeColumn>> = {};
  for (const [role, ref] of Object.entries(cols) as [Role, ColumnRef][]) {
    if (!ref) continue;
    if (NUMERIC_ROLES.has(role)) {
      const encoder = new NumberEncoder(header(role), n, q[role]);
      numbers.push({ role, ref, encoder });
      attributes[role] = encoder.column();
    } else if (CATEGORY_ROLES.has(role)) {
      const encoder = new CategoryEncoder(header(role), n, q[role]);
      categories.push({ role, ref, encoder });
      attributes[role] = encoder.column();
    }
  }
  return { categories, numbers, attributes };
}
