import { analyzeTable } from '../../src/analytics';
import { OWNED_SHEETS_SETTING, readSourceData, writeCustomersSheet } from '../../src/workbook';
import { ModelInit, createExcelModel } from '../excel-model/create-model';

type Model = ReturnType<typeof createExcelModel>;

/**
 * Three customers, worked by hand. Latest order 2024-03-30, so as-of 2024-03-31.
 *   c1: O1 (03-01, 100) and O2 (03-20, 50): recency 11, frequency 2, monetary 150.
 *   c2: O3 (01-10, 20): recency 21 + 29 + 31 = 81, frequency 1, monetary 20.
 *   c3: O4 in two lines on 03-30 (300 + 5): recency 1, frequency 1, monetary 305.
 * NTILE(5) over 3 customers puts one in each of buckets 1–3, worst first:
 *   R by recency desc: c2 1, c1 2, c3 3.  F by frequency asc, ties by id: c2 1, c3 2, c1 3.
 *   M by monetary asc: c2 1, c1 2, c3 3.
 * rfm segments (first rule that matches): c1 232 → Need Attention (2–3/2–3/2–3; Loyal Customers
 * wants M ≥ 3); c2 111 → Lost; c3 323 → Potential Loyalist (3–5/1–3/1–3).
 */
const ORDERS = [
  ['Customer', 'Order', 'Date', 'Amount'],
  ['c1', 'O1', '2024-03-01', 100],
  ['c2', 'O3', '2024-01-10', 20],
  ['c1', 'O2', '2024-03-20', 50],
  ['c3', 'O4', '2024-03-30', 300],
  ['c3', 'O4', '2024-03-30', 5],
];
const EXPECTED = [
  ['Customer', 'Recency (days)', 'Frequency', 'Monetary', 'R', 'F', 'M', 'RFM', 'Segment'],
  ['c1', 11, 2, 150, 2, 3, 2, '232', 'Need Attention'],
  ['c2', 81, 1, 20, 1, 1, 1, '111', 'Lost'],
  ['c3', 1, 1, 305, 3, 2, 3, '323', 'Potential Loyalist'],
];

const ordersModel = (extra: ModelInit['sheets'] = [], cells: unknown[][] = ORDERS) =>
  createExcelModel({ sheets: [{ name: 'Orders', cells: cells as never }, ...extra], selection: { sheet: 'Orders', address: 'B2' } });

/** What the task pane's run does, with only the customers sheet written. */
const readAndWrite = (model: Model) =>
  model.Excel.run(async (context) => {
    const source = await readSourceData(context as never);
    return writeCustomersSheet(context as never, analyzeTable(source.values));
  });

/** The CX Customers table: header and rows, below the title row. */
const customersTable = (model: Model) => model.sheetValues('CX Customers').slice(1);

describe('writeCustomersSheet', () => {
  it('writes the hand-worked customers as an Excel table with number formats, and shows it', async () => {
    const model = ordersModel();
    const orders = model.snapshot('Orders');
    expect(await readAndWrite(model)).toBe('CX Customers');
    const table = customersTable(model);
    expect(table.map((r) => r.slice(0, 9))).toEqual(EXPECTED);
    const col = (name: string) => table.map((r) => r[table[0].indexOf(name)]).slice(1);
    expect(col('First purchase')).toEqual([45352, 45301, 45381]); // 2024-03-01, 2024-01-10, 2024-03-30
    expect(col('Last purchase')).toEqual([45371, 45301, 45381]);
    expect(col('AOV')).toEqual([75, 20, 305]);
    expect(model.sheetValues('CX Customers')[0][0]).toBe('3 customers, as of 2024-03-31');
    const sheet = model.state.sheet('CX Customers');
    expect(model.state.tables.find((t) => t.sheetId === sheet.id)).toMatchObject({ name: 'CXCustomers', area: { row: 1, col: 0, rows: 4 } });
    expect([2, 3, 4].map((r) => [sheet.numberFormats.get(`${r},1`), sheet.numberFormats.get(`${r},3`), sheet.numberFormats.get(`${r},4`)]))
      .toEqual([['#,##0', '#,##0.00', '0'], ['#,##0', '#,##0.00', '0'], ['#,##0', '#,##0.00', '0']]);
    expect(sheet.formulas.size).toBe(0);
    expect(model.state.activeSheetId).toBe(sheet.id);
    expect(model.state.settings.get(OWNED_SHEETS_SETTING)).toEqual([sheet.id]);
    expect(model.snapshot('Orders')).toBe(orders); // the user's sheet, byte for byte
  });

  it('replaces its own sheet on a second run and gives the same workbook', async () => {
    const model = ordersModel();
    await readAndWrite(model);
    const { settings: _first, ...first } = JSON.parse(model.snapshot());
    model.select('Orders', 'B2');
    await readAndWrite(model);
    const { settings: _second, ...second } = JSON.parse(model.snapshot());
    expect(second).toEqual(first);
    expect(model.state.sheets.map((s) => s.name)).toEqual(['Orders', 'CX Customers']);
    expect(model.state.settings.get(OWNED_SHEETS_SETTING)).toEqual([model.state.sheet('CX Customers').id]);
  });

  it('refuses a CX Customers sheet it did not write, and changes nothing', async () => {
    const model = ordersModel([{ name: 'CX Customers', cells: [['my own list'], ['c1']] }]);
    const before = model.snapshot();
    await expect(readAndWrite(model)).rejects.toThrow('A sheet named "CX Customers" already exists and CX Segments did not write it');
    expect(model.snapshot()).toBe(before);
  });

  it('writes customer ids that look like formulas as text', async () => {
    // Typed with a leading apostrophe, these cells hold the text itself.
    const ids = ['=HYPERLINK("http://x.example","click")', '+1', '-2x', '@SUM(A1)'];
    const cells = [ORDERS[0], ...ids.map((id, i) => [`'${id}`, `O${i}`, '2024-03-01', 10 + i])];
    const model = ordersModel([], cells);
    await readAndWrite(model);
    expect(model.state.sheet('CX Customers').formulas.size).toBe(0);
    expect(customersTable(model).slice(1).map((r) => r[0])).toEqual(['+1', '-2x', '=HYPERLINK("http://x.example","click")', '@SUM(A1)']);
  });

  it('numbers its table when a user table already has the name CXCustomers', async () => {
    const model = ordersModel([{ name: 'Mine', cells: [['a'], [1]], tables: [{ name: 'CXCustomers', address: 'A1:A2' }] }]);
    await readAndWrite(model);
    const sheet = model.state.sheet('CX Customers');
    expect(model.state.tables.find((t) => t.sheetId === sheet.id)?.name).toBe('CXCustomers_2');
    expect(model.state.tables.find((t) => t.name === 'CXCustomers')?.sheetId).toBe(model.state.sheet('Mine').id);
  });
});
