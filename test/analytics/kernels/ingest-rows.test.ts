import fc from 'fast-check';
import {
  CellValue, ColumnQuality, ColumnRef, Id, Role, TransactionColumns, dayFromNumber, detectDayMonthOrder, ingestTransactions,
  isBlank, isExcelError, isReturnedStatus, labelOf, normalizeId, parseDay, parseNumber,
} from '../../../src/analytics';

const HEADERS = ['customer', 'order', 'date', 'amount', 'quantity', 'status', 'category', 'product'] as const;
type Column = (typeof HEADERS)[number];

/** The simple reading ingest's one-pass kernel replaced: a Map per id or label column, a pass per column. */
function referenceIngest(rows: CellValue[][], returnedStatuses?: readonly string[]) {
  const n = rows.length;
  const column = (c: Column) => rows.map((r) => r[HEADERS.indexOf(c)]);
  const quality: Record<string, ColumnQuality> = {};
  const q = (role: Column) => (quality[role] ??= { role: role as Role, header: role, empty: 0, unparseable: 0 });
  const empty = (role: Column, i: number) => (q(role).empty++ === 0 ? (q(role).firstEmptyRow = i + 1) : 0);
  const bad = (role: Column, i: number) => (q(role).unparseable++ === 0 ? (q(role).firstUnparseableRow = i + 1) : 0);
  for (const c of HEADERS) q(c);
  const keys = () => {
    const map = new Map<Id, number>();
    return (id: Id) => (map.has(id) ? map.get(id)! : (map.set(id, map.size), map.size - 1));
  };
  const category = (role: Column) => {
    const labels: string[] = [];
    const codes = column(role).map((v, i) => {
      const label = typeof v === 'string' ? (isExcelError(v) ? undefined : v.trim() || undefined) : labelOf(v);
      if (label === undefined) return (empty(role, i), -1);
      if (!labels.includes(label)) labels.push(label);
      return labels.indexOf(label);
    });
    return { codes, labels };
  };
  const number = (role: Column) =>
    column(role).map((v, i) => {
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      if (isBlank(v)) return (empty(role, i), NaN);
      const x = isExcelError(v) ? NaN : parseNumber(v);
      if (Number.isNaN(x)) bad(role, i);
      return x;
    });
  const status = category('status');
  const categoryColumn = category('category');
  const product = category('product');
  const quantity = number('quantity');
  const dayOrder = detectDayMonthOrder(column('date'));
  const customerKey = keys();
  const orderKey = keys();
  const out = { customer: [] as number[], order: [] as number[], day: [] as number[], amount: [] as number[], isReturn: [] as number[] };
  for (let i = 0; i < n; i++) {
    const [idCell, orderCell, dateCell, amountCell] = rows[i];
    const id = typeof idCell === 'number' ? (Number.isFinite(idCell) ? idCell : undefined) : isExcelError(idCell) ? undefined : normalizeId(idCell);
    if (id === undefined) (isBlank(idCell) ? empty : bad)('customer', i);
    const d = typeof dateCell === 'number' ? dayFromNumber(dateCell) : isExcelError(dateCell) ? NaN : parseDay(dateCell, dayOrder);
    if (Number.isNaN(d)) (isBlank(dateCell) ? empty : bad)('date', i);
    const amount = amountOf(amountCell, i);
    const ok = id !== undefined && !Number.isNaN(d) && !Number.isNaN(amount);
    const o = normalizeId(orderCell);
    if (o === undefined) empty('order', i);
    out.order.push(o !== undefined && ok ? orderKey(o) : -1);
    out.customer.push(ok ? customerKey(id!) : -1);
    out.day.push(ok ? d : 0);
    out.amount.push(ok ? amount : 0);
    const code = status.codes[i];
    out.isReturn.push(ok && code >= 0 && isReturnedStatus(status.labels[code], returnedStatuses) ? 1 : 0);
  }
  function amountOf(v: CellValue, i: number): number {
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (isBlank(v)) return (empty('amount', i), NaN);
    const x = isExcelError(v) ? NaN : parseNumber(v);
    if (Number.isNaN(x)) bad('amount', i);
    return x;
  }
  return { out, status, category: categoryColumn, product, quantity, quality, used: out.customer.filter((k) => k >= 0).length };
}

/** The table as mapTable gives it (one block, header row first), or as custom functions do (a column each). */
function columnsOf(rows: CellValue[][], oneBlock: boolean): TransactionColumns {
  const cols = {} as TransactionColumns;
  HEADERS.forEach((role, col) => {
    const ref: ColumnRef = oneBlock
      ? { rows: [[...HEADERS], ...rows], col, start: 1, end: rows.length + 1 }
      : { rows: rows.map((r) => [r[col]]), col: 0, start: 0, end: rows.length };
    cols[role as Role] = ref;
  });
  return cols;
}

const text = (xs: string[]) => fc.oneof(fc.constantFrom(...xs), fc.constantFrom('', '  ', '#N/A', ' #REF! ', null), fc.string({ maxLength: 4 }));
const cell = {
  customer: fc.oneof(fc.integer({ min: 10_000, max: 10_040 }), fc.constantFrom('C7', ' 10003 ', '10004.0', '', null, '#N/A', NaN, 2 ** 40, 3.5, -7, 0, -0)),
  order: fc.oneof(fc.integer({ min: 5_000_000, max: 5_000_060 }), fc.constantFrom('A-1', '', null, '#N/A', 5_200_000)),
  date: fc.oneof(fc.integer({ min: 44_900, max: 45_700 }), fc.constantFrom('2024-03-05', '05/03/2024', '13/04/2024', '4/13/2024', 'soon', '', null, '#VALUE!', 45000.75, 20240105)),
  amount: fc.oneof(fc.double({ min: -500, max: 5000, noNaN: true }), fc.constantFrom('$1,234.50', '(3.20)', 'n/a', '', null, '#DIV/0!', Infinity)),
  quantity: fc.oneof(fc.integer({ min: -2, max: 9 }), fc.constantFrom('3', 'x', '', null)),
  status: text(['Delivered', 'Returned', ' Returned ', 'Refunded', 'In Transit', 'returned']),
  category: text(['Home', 'Toys', 'Books', 'Beauty', 'Sports']),
  product: fc.oneof(fc.integer({ min: 0, max: 300 }).map((k) => `P${1000 + k}`), text(['P1000', ' P1000'])),
};
const row = fc.tuple(cell.customer, cell.order, cell.date, cell.amount, cell.quantity, cell.status, cell.category, cell.product);

describe('ingestTransactions', () => {
  it('gives what a simple column-by-column reading gives, from one block or from a column each', () => {
    // Up to 400 rows: enough for the product column to pass 128 labels, where its codes widen.
    fc.assert(
      fc.property(fc.array(row, { maxLength: 400 }), fc.boolean(), fc.constantFrom(undefined, ['in transit']), (tuples, oneBlock, returned) => {
        const rows = tuples.map((t) => [...t] as CellValue[]);
        const tx = ingestTransactions(columnsOf(rows, oneBlock), { returnedStatuses: returned });
        const ref = referenceIngest(rows, returned);
        expect(Array.from(tx.customer)).toEqual(ref.out.customer);
        expect(Array.from(tx.order)).toEqual(ref.out.order);
        expect(Array.from(tx.day)).toEqual(ref.out.day);
        expect(Array.from(tx.amount)).toEqual(ref.out.amount);
        expect(Array.from(tx.isReturn)).toEqual(ref.out.isReturn);
        expect(tx.quality.usedRows).toBe(ref.used);
        const usedDays = ref.out.day.filter((_, i) => ref.out.customer[i] >= 0);
        expect([tx.firstDay, tx.lastDay]).toEqual([Math.min(Infinity, ...usedDays), Math.max(-Infinity, ...usedDays)]);
        for (const role of ['status', 'category', 'product'] as const) {
          const got = tx.attributes[role];
          expect(got?.kind === 'category' && { codes: Array.from(got.codes), labels: got.labels }).toEqual(ref[role]);
        }
        const quantity = tx.attributes.quantity;
        expect(quantity?.kind === 'number' && Array.from(quantity.values)).toEqual(ref.quantity);
        for (const q of tx.quality.columns) expect(q).toEqual(ref.quality[q.role]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every code of a column whose labels outgrow one and two bytes', () => {
    // 40,000 rows of 35,000 products and 200 categories: codes widen to 16 and 32 bits mid-column.
    const rows: CellValue[][] = Array.from({ length: 40_000 }, (_, i) => [
      10 + (i % 97), `o${i}`, 45000 + (i % 30), 5, 1, 'Delivered', `C${(i * 7) % 200}`, `P${(i * 7919) % 35_000}`,
    ]);
    const tx = ingestTransactions(columnsOf(rows, true));
    const ref = referenceIngest(rows);
    for (const [role, type] of [['category', Int16Array], ['product', Int32Array]] as const) {
      const got = tx.attributes[role];
      expect(got?.kind === 'category' && got.codes).toBeInstanceOf(type);
      expect(got?.kind === 'category' && { codes: Array.from(got.codes), labels: got.labels }).toEqual(ref[role]);
    }
  });
});
