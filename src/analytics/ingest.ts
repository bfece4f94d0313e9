import { ColumnRef, columnLength } from './cells';
import { Id, IdIndex } from './ids';
import { Role } from './roles';
import { AnalysisError } from './errors';
import { RowPass, readRows } from './ingest-rows';
import { compiledRowPass } from './ingest-pass';
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
  /** Excel serial day (whole days: dates are read to the day). */
  day: Int32Array;
  amount: Float64Array;
  /**
   * Order key per row (-1 without an order column, or where the row has no order id or is not
   * used): keys count 0, 1, 2 … in order of first appearance, so a key above every key before it
   * is an order not seen yet (how ingest-rows.ts tells the scattered orders).
   */
  order: Int32Array;
  orderCount: number;
  /** The first and last day of a used row (Infinity and -Infinity when no row is used). */
  firstDay: number;
  lastDay: number;
  /**
   * Keys of the orders whose rows are not one run of adjacent rows (a row of another order, or
   * without an order or a customer, came between them), or whose run is longer than MAX_RUN rows
   * (analyses/order-runs.ts); a key may come more than once. Empty in the usual export.
   */
  scatteredOrders: number[];
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
  const { categories, numbers, encoders } = attributeEncoders(cols, q, header, n);
  const status = categories.find((c) => c.role === 'status')?.encoder;
  // Not sized by n: V8 counts every byte of a typed array, touched or not, towards starting a
  // full GC, and with the input held that GC marks ~200 MB (docs/performance.md, finding 10).
  const ids = new IdIndex();
  const orders = new IdIndex({ listIds: false });
  // Every row writes its customer and order key (-1 when skipped): no separate fill pass.
  const customer = new Int32Array(n);
  const day = new Int32Array(n);
  const amount = new Float64Array(n);
  const order = new Int32Array(n);
  const isReturn = new Uint8Array(n);
  const dayRange = new Float64Array(2);
  const scatteredOrders: number[] = [];
  const block = oneBlock(cols);
  // The pass compiled for these columns where every cell is in one block (mapTable's case) and
  // code can be compiled; readRows otherwise.
  const compiled = block && block.rows.length >= block.start + n ? compiledRowPass(categories.length, numbers.length) : undefined;
  const used = (compiled ?? readRows)({
    customerRef: cols.customer,
    dateRef: cols.date,
    amountRef: cols.amount,
    orderRef: cols.order,
    block,
    customerQuality: q.customer,
    dateQuality: q.date,
    amountQuality: q.amount,
    orderQuality: q.order,
    categories,
    numbers,
    quantity: numbers.find((c) => c.role === 'quantity')?.encoder.values,
    unitPrice: numbers.find((c) => c.role === 'unitPrice')?.encoder.values,
    status,
    returnedStatuses: options.returnedStatuses,
    ids,
    orders,
    customer,
    day,
    amount,
    order,
    isReturn,
    dayRange,
    scatteredOrders,
  });

  keepShapesAlive();
  // Columns taken after the pass: a category encoder widens its codes as its labels grow.
  const attributes: Partial<Record<Role, AttributeColumn>> = {};
  for (const [role, encoder] of encoders) attributes[role] = encoder.column();
  return {
    rowCount: n,
    customerIds: ids.ids,
    customer,
    day,
    amount,
    order,
    orderCount: orders.size,
    hasOrders: cols.order !== undefined,
    firstDay: dayRange[0],
    lastDay: dayRange[1],
    scatteredOrders,
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

/**
 * One small object of each class the row pass reads, and a pass of no rows, made after every
 * ingest and kept. V8 holds the hidden classes that objects get as their constructors add fields
 * only while some object has them; the row pass's optimised code depends on them. Once a run's
 * encoders, id indexes and pass were collected, that code was thrown away ("weak objects", "code
 * dependencies"), and every ingest compiled its loop again, running its first rows unoptimised
 * meanwhile (docs/performance.md, findings 19 and 33). Made anew each time, not once: when a run
 * widens a field (an id index that met a text id), V8 moves such objects to a new hidden class,
 * and only objects made since have it.
 */
let shapeKeepers: unknown[] = [];
function keepShapesAlive(): void {
  const category = new CategoryEncoder('', 0);
  const number = new NumberEncoder('', 0);
  const ids = new IdIndex();
  const orders = new IdIndex({ listIds: false });
  shapeKeepers = [category, number, ids, orders, rowPassOverNoRows(category, ids, orders)];
}

/**
 * A row pass of no rows, its fields in the order ingestTransactions gives them: V8 shares hidden
 * classes between literals of the same keys in the same order, so this one keeps the class of
 * the run's pass (which readRows' code depends on) without keeping any of its rows.
 */
export function rowPassOverNoRows(status: CategoryEncoder, ids: IdIndex, orders: IdIndex): RowPass {
  const ref: ColumnRef = { rows: [], col: 0, start: 0, end: 0 };
  const quality = newQuality('customer', '');
  return {
    customerRef: ref, dateRef: ref, amountRef: ref, orderRef: ref, block: { rows: [], start: 0 },
    customerQuality: quality, dateQuality: quality, amountQuality: quality, orderQuality: quality,
    categories: [], numbers: [], quantity: undefined, unitPrice: undefined, status, returnedStatuses: undefined, ids, orders,
    customer: new Int32Array(0), day: new Int32Array(0), amount: new Float64Array(0), order: new Int32Array(0), isReturn: new Uint8Array(0),
    dayRange: new Float64Array(2), scatteredOrders: [],
  };
}

/** An encoder per attribute column, and all of them in the order of the mapping (attributes keeps that order). */
function attributeEncoders(cols: TransactionColumns, q: Record<Role, ColumnQuality>, header: (r: Role) => string, n: number) {
  const categories: { role: Role; ref: ColumnRef; encoder: CategoryEncoder }[] = [];
  const numbers: { role: Role; ref: ColumnRef; encoder: NumberEncoder }[] = [];
  const encoders: [Role, CategoryEncoder | NumberEncoder][] = [];
  for (const [role, ref] of Object.entries(cols) as [Role, ColumnRef][]) {
    if (!ref) continue;
    if (NUMERIC_ROLES.has(role)) {
      const encoder = new NumberEncoder(header(role), n, q[role]);
      numbers.push({ role, ref, encoder });
      encoders.push([role, encoder]);
    } else if (CATEGORY_ROLES.has(role)) {
      const encoder = new CategoryEncoder(header(role), n, q[role]);
      categories.push({ role, ref, encoder });
      encoders.push([role, encoder]);
    }
  }
  return { categories, numbers, encoders };
}
