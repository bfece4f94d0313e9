import { CellValue, ColumnRef, cellAt, columnLength, isBlank, isExcelError } from './cells';
import { detectDayMonthOrder, parseDay } from './dates';
import { Id, IdIndex, normalizeId } from './ids';
import { parseNumber } from './numbers';
import { Role } from './roles';
import { isReturnedStatus } from './returns';

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
  /** Order key per row (-1 without an order column). */
  order: Int32Array;
  hasOrders: boolean;
  isReturn: Uint8Array;
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

function* cellsOf(ref: ColumnRef): Iterable<CellValue> {
  for (let i = 0; i < columnLength(ref); i++) yield cellAt(ref, i);
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
      throw new RangeError(`The ${role} column has ${columnLength(ref)} rows but the customer column has ${n}.`);
    }
  }
  if (!cols.amount && !(cols.quantity && cols.unitPrice)) {
    throw new RangeError('No amount column: map an amount column, or both quantity and unit price.');
  }
  const header = (r: Role) => options.headers?.[r] ?? r;
  const q = {} as Record<Role, ColumnQuality>;
  for (const role of Object.keys(cols) as Role[]) q[role] = newQuality(role, header(role));

  const ids = new IdIndex();
  const orders = new IdIndex();
  const customer = new Int32Array(n).fill(-1);
  const day = new Float64Array(n);
  const amount = new Float64Array(n);
  const order = new Int32Array(n).fill(-1);
  const isReturn = new Uint8Array(n);
  const dayOrder = detectDayMonthOrder(cellsOf(cols.date));
  const returned = options.returnedStatuses;
  let used = 0;
  let unknownStatus = 0;

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
    let qty = NaN;
    if (cols.quantity) qty = readNumber(cellAt(cols.quantity, i), q.quantity, row);
    let amt: number;
    if (cols.amount) amt = readNumber(cellAt(cols.amount, i), q.amount, row);
    else amt = qty * readNumber(cellAt(cols.unitPrice!, i), q.unitPrice, row);
    if (Number.isNaN(amt)) ok = false;

    let ret = false;
    if (cols.status) {
      const s = cellAt(cols.status, i);
      if (isBlank(s)) unknownStatus++;
      else ret = isReturnedStatus(String(s), returned);
    } else {
      ret = amt < 0 || qty < 0;
    }
    if (cols.order) {
      const o = normalizeId(cellAt(cols.order, i));
      if (o === undefined) markEmpty(q.order, row);
      else if (ok) order[i] = orders.keyOf(o);
    }
    if (!ok) continue;
    customer[i] = ids.keyOf(id!);
    day[i] = d;
    amount[i] = amt;
    isReturn[i] = ret ? 1 : 0;
    used++;
  }

  return {
    rowCount: n,
    customerIds: ids.ids,
    customer,
    day,
    amount,
    order,
    hasOrders: cols.order !== undefined,
    isReturn,
    quality: {
      rows: n,
      usedRows: used,
      skippedRows: n - used,
      columns: Object.values(q),
      unknownStatusRows: unknownStatus,
    },
  };
}
