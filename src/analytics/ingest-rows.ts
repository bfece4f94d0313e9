import { CellValue, ColumnRef, cellAt, isBlank, isExcelError } from './cells';
import { DayMonthOrder, MAX_SERIAL, columnDayMonthOrder, dayFromNumber, textDay } from './dates';
import { CategoryEncoder, NumberEncoder } from './dimensions';
import { Id, IdIndex, normalizeId } from './ids';
import type { ColumnQuality } from './ingest';
import { parseNumber } from './numbers';
import { isReturnedStatus } from './returns';
import { MAX_RUN } from './analyses/order-runs';

/**
 * What the pass over the rows reads (the mapped columns, their encoders) and fills (the typed
 * columns). The columns and their quality counters come one by one, not as the records by role
 * they are kept in: those records get their hidden classes as roles are added, and optimised
 * code that read them was thrown away with each run's records (docs/performance.md, finding 19).
 */
export interface RowPass {
  customerRef: ColumnRef;
  dateRef: ColumnRef;
  amountRef: ColumnRef | undefined;
  orderRef: ColumnRef | undefined;
  /** The rows and first row every mapped column reads from, when they all read one block. */
  block: { rows: ColumnRef['rows']; start: number } | undefined;
  customerQuality: ColumnQuality;
  dateQuality: ColumnQuality;
  amountQuality: ColumnQuality | undefined;
  orderQuality: ColumnQuality | undefined;
  categories: { ref: ColumnRef; encoder: CategoryEncoder }[];
  numbers: { ref: ColumnRef; encoder: NumberEncoder }[];
  quantity: Float64Array | undefined;
  unitPrice: Float64Array | undefined;
  status: CategoryEncoder | undefined;
  returnedStatuses: readonly string[] | undefined;
  ids: IdIndex;
  orders: IdIndex;
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  order: Int32Array;
  isReturn: Uint8Array;
  /** Filled at the end: the first and last day of a used row (Infinity and -Infinity with none). */
  dayRange: Float64Array;
  /** Filled on the way: the order keys whose rows are not one run (see Transactions.scatteredOrders). */
  scatteredOrders: number[];
}

export function markEmpty(q: ColumnQuality, row: number): void {
  if (q.empty++ === 0) q.firstEmptyRow = row;
}

export function markBad(q: ColumnQuality, row: number): void {
  if (q.unparseable++ === 0) q.firstUnparseableRow = row;
}

/** Reads a numeric cell into the quality counters: NaN for blank or unreadable. */
export function readNumber(v: CellValue, q: ColumnQuality, row: number): number {
  if (isBlank(v)) {
    markEmpty(q, row);
    return NaN;
  }
  const x = isExcelError(v) ? NaN : parseNumber(v);
  if (Number.isNaN(x)) markBad(q, row);
  return x;
}

/**
 * One pass over the rows, every mapped column of a row together (a pass per column walked the
 * million row arrays eight times); returns the rows used. ingest-pass.ts compiles the same pass
 * for one block's columns; this one reads columns from anywhere, and runs where code cannot be
 * compiled. Kept apart from ingestTransactions so
 * that its optimised code survives between runs: the code after the loop, reached once per run,
 * kept throwing the loop's optimised code away with it (docs/performance.md, finding 10).
 */
export function readRows(p: RowPass): number {
  const { customerRef, dateRef, amountRef, orderRef, categories, numbers, quantity, unitPrice, status, returnedStatuses, ids, orders } = p;
  const { customer, day, amount, order, isReturn } = p;
  const n = customer.length;
  // Columns of one block (mapTable's case) share each row array: fetch it once per row.
  const rows = p.block?.rows;
  const start = p.block?.start ?? 0;
  const customerCol = customerRef.col;
  const dateCol = dateRef.col;
  // Per status code, whether it means returned: decided when the code first appears.
  const returnedCode: boolean[] = [];
  // Decided at the first text date that needs it (a slash date): a column of serials or ISO dates never needs the scan.
  let dayOrder: DayMonthOrder | undefined;
  const columnOrder = () => (dayOrder ??= columnDayMonthOrder(dateRef));
  let used = 0;
  const otherIds: Id[] = [];
  let firstDay = Infinity;
  let lastDay = -Infinity;
  // Order runs (analyses/order-runs.ts), told here where each row's order key is at hand: keys
  // count up in order of first appearance, so a key up to the newest one was seen before.
  let runKey = -1;
  let runLength = 0;
  let newestKey = -1;
  let lastOrderId = NaN;
  let lastOrderKey = -1;
  for (let i = 0; i < n; i++) {
    const cells = rows !== undefined ? rows[start + i] : undefined;
    for (let a = 0; a < categories.length; a++) {
      const c = categories[a];
      c.encoder.add(cells !== undefined ? cells[c.ref.col] : cellAt(c.ref, i), i);
    }
    for (let a = 0; a < numbers.length; a++) {
      const c = numbers[a];
      c.encoder.add(cells !== undefined ? cells[c.ref.col] : cellAt(c.ref, i), i);
    }
    const row = i + 1;
    let ok = true;
    const idCell = cells !== undefined ? cells[customerCol] : cellAt(customerRef, i);
    // typeof first at each cell: Excel hands numbers, and a column of them then takes the same
    // short path even after columns of text were read (parseDay has seen both kinds of cell).
    const id = typeof idCell === 'number' ? (Number.isFinite(idCell) ? idCell : undefined) : isExcelError(idCell) ? undefined : normalizeId(idCell);
    if (id === undefined) {
      if (isBlank(idCell)) markEmpty(p.customerQuality, row);
      else markBad(p.customerQuality, row);
      ok = false;
    }
    const dateCell = cells !== undefined ? cells[dateCol] : cellAt(dateRef, i);
    // A serial day settled here, the rest by dayFromNumber: inlined whole, it used up the budget V8 inlines into this loop.
    const d =
      typeof dateCell === 'number'
        ? dateCell >= 1 && dateCell <= MAX_SERIAL ? Math.floor(dateCell) : dayFromNumber(dateCell)
        : typeof dateCell === 'string' ? textDay(dateCell, columnOrder) : NaN;
    if (Number.isNaN(d)) {
      if (isBlank(dateCell)) markEmpty(p.dateQuality, row);
      else markBad(p.dateQuality, row);
      ok = false;
    }
    let amt: number;
    if (amountRef === undefined) amt = quantity![i] * unitPrice![i];
    else {
      const amountCell = cells !== undefined ? cells[amountRef.col] : cellAt(amountRef, i);
      amt = typeof amountCell === 'number' && Number.isFinite(amountCell) ? amountCell : readNumber(amountCell, p.amountQuality!, row);
    }
    if (Number.isNaN(amt)) ok = false;
    let orderKey = -1;
    if (orderRef !== undefined) {
      const orderCell = cells !== undefined ? cells[orderRef.col] : cellAt(orderRef, i);
      // A whole-number id (the usual invoice number) goes straight to its key; an order's lines are adjacent.
      if (typeof orderCell === 'number' && Number.isInteger(orderCell)) {
        if (ok) orderKey = orderCell === lastOrderId ? lastOrderKey : (lastOrderKey = orders.keyOfInteger((lastOrderId = orderCell)));
      } else {
        const o = normalizeId(orderCell);
        if (o === undefined) markEmpty(p.orderQuality!, row);
        else if (ok) orderKey = orders.keyOf(o);
      }
    }
    order[i] = orderKey;
    if (orderKey < 0) runKey = -1;
    else if (orderKey === runKey) {
      if (++runLength === MAX_RUN + 1) p.scatteredOrders.push(orderKey);
    } else {
      if (orderKey <= newestKey) p.scatteredOrders.push(orderKey);
      else newestKey = orderKey;
      runKey = orderKey;
      runLength = 1;
    }
    if (!ok) {
      customer[i] = -1;
      continue;
    }
    // The id itself for now (customerKeys gives the keys after the pass), or OTHER_ID for an id kept aside.
    if (typeof id === 'number' && id >= 0 && (id | 0) === id) customer[i] = id;
    else {
      customer[i] = OTHER_ID;
      otherIds.push(id!);
    }
    day[i] = d;
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
    amount[i] = amt;
    let returned: boolean;
    if (status !== undefined) {
      const code = status.codes[i];
      if (code >= 0 && returnedCode[code] === undefined) returnedCode[code] = isReturnedStatus(status.labels[code], returnedStatuses);
      returned = code >= 0 && returnedCode[code];
    } else returned = amt < 0 || (quantity !== undefined && quantity[i] < 0);
    isReturn[i] = returned ? 1 : 0;
    used++;
  }
  p.dayRange[0] = firstDay;
  p.dayRange[1] = lastDay;
  customerKeys(customer, otherIds, ids);
  return used;
}

/** customer's value of a used row whose id is not a whole number of 31 bits: its id is in the list kept aside. */
export const OTHER_ID = -2;

/**
 * Each used row's customer key, from the id the row pass left in `customer` (or, for OTHER_ID, the
 * next of `otherIds`), in row order, so keys still count in order of first appearance. Looking
 * the ids up here rather than in the row pass: there, each lookup at random in the id index
 * (~330 KB for 83,000 customers) missed the cache that streaming the cells kept flushing.
 */
export function customerKeys(customer: Int32Array, otherIds: Id[], ids: IdIndex): void {
  let next = 0;
  for (let i = 0; i < customer.length; i++) {
    const id = customer[i];
    if (id >= 0) customer[i] = ids.keyOfInteger(id);
    else if (id === OTHER_ID) customer[i] = ids.keyOf(otherIds[next++]);
  }
}
