import { analyzeWorkbook, OWNED_SHEETS_SETTING } from '../../src/workbook';
import { createExcelModel, ExcelModel, ModelInit } from '../excel-model/create-model';
import { TEN_ORDERS, TEN_ORDERS_EXPECTED } from '../analytics/ten-orders';

function install(init: ModelInit): ExcelModel {
  const model = createExcelModel(init);
  (globalThis as Record<string, unknown>).Excel = model.Excel;
  return model;
}

const ordersSheet = (extra: Partial<ModelInit['sheets'][number]> = {}) => ({ name: 'Orders', cells: TEN_ORDERS, ...extra });
const EXPECTED_ROWS = TEN_ORDERS_EXPECTED.map((c) => [c.customer, c.recencyDays, c.frequency, c.monetary, c.r, c.f, c.m, c.segment]);
const HEADER = ['Customer', 'Recency (days)', 'Frequency', 'Monetary', 'R', 'F', 'M', 'Segment'];

describe('analyzeWorkbook against the in-memory Excel', () => {
  it('reads the table under the selection and writes the hand-checked CX Customers table', async () => {
    const model = install({ sheets: [ordersSheet({ tables: [{ name: 'Orders', address: 'A1:D11' }] })], selection: { sheet: 'Orders', address: 'B4' } });
    const before = JSON.stringify(model.sheetValues('Orders'));
    const summary = await analyzeWorkbook();
    expect(summary).toEqual({
      source: { sheetName: 'Orders', address: 'A1:D11', rows: 10, tableName: 'Orders' },
      sheetName: 'CX Customers',
      customers: 5,
      skippedRows: 0,
      asOfDate: '2024-04-01',
    });
    expect(model.sheetValues('CX Customers')).toEqual([HEADER, ...EXPECTED_ROWS]);
    const table = model.state.tables.find((t) => t.name === 'CXCustomers')!;
    expect(table.area).toEqual({ row: 0, col: 0, rows: 6, cols: 8 });
    const sheet = model.state.sheetByName('CX Customers')!;
    expect(sheet.numberFormats.get('1,3')).toBe('#,##0.00');
    expect(sheet.numberFormats.get('5,1')).toBe('0');
    expect(model.state.activeSheetId).toBe(sheet.id);
    // The user's cells are unchanged; the table gained the four CX columns.
    const after = model.sheetValues('Orders');
    expect(JSON.stringify(after.map((r) => r.slice(0, 4)))).toBe(before);
    expect(after.map((r) => r.slice(4))).toEqual([
      ['CX Segment', 'CX R', 'CX F', 'CX M'],
      ...[0, 0, 0, 1, 2, 2, 2, 3, 4, 1].map((c) => [EXPECTED_ROWS[c][7], EXPECTED_ROWS[c][4], EXPECTED_ROWS[c][5], EXPECTED_ROWS[c][6]]),
    ]);
    expect(model.state.tables.find((t) => t.name === 'Orders')!.area).toEqual({ row: 0, col: 0, rows: 11, cols: 8 });
  });

  it("uses the selection's current region when there is no table, then the used range", async () => {
    const shifted = TEN_ORDERS.map((row) => [null, null, ...row]);
    const model = install({ sheets: [{ name: 'Data', cells: [[], [], ...shifted] }], selection: { sheet: 'Data', address: 'D5' } });
    expect((await analyzeWorkbook()).source).toEqual({ sheetName: 'Data', address: 'C3:F13', rows: 10, tableName: undefined });
    expect(model.sheetValues('Data')[2].slice(6)).toEqual(['CX Segment', 'CX R', 'CX F', 'CX M']);
    // From a cell outside the data, the used range: now with the segment columns, updated in place.
    model.select('Data', 'U41');
    expect((await analyzeWorkbook()).source.address).toBe('C3:J13');
    expect(model.sheetValues('Data')[0]).toHaveLength(10);
  });

  it('replaces its own output on a re-run and gives the same workbook', async () => {
    const model = install({ sheets: [ordersSheet()], selection: { sheet: 'Orders', address: 'A1' } });
    await analyzeWorkbook();
    const first = model.sheetValues('CX Customers');
    model.select('Orders', 'A1');
    await analyzeWorkbook();
    expect(model.sheetValues('CX Customers')).toEqual(first);
    expect(model.state.sheets.map((s) => s.name)).toEqual(['Orders', 'CX Customers']);
    expect(model.sheetValues('Orders')[0]).toEqual(['Customer ID', 'Order ID', 'Order Date', 'Amount', 'CX Segment', 'CX R', 'CX F', 'CX M']);
    expect(model.state.settings.get(OWNED_SHEETS_SETTING)).toEqual([model.state.sheetByName('CX Customers')!.id]);
  });

  it('refuses to overwrite a CX Customers sheet the user wrote, and changes nothing', async () => {
    const mine = [['my own notes']];
    const model = install({ sheets: [ordersSheet(), { name: 'CX Customers', cells: mine }], selection: { sheet: 'Orders', address: 'A1' } });
    await expect(analyzeWorkbook()).rejects.toThrow(/A sheet named "CX Customers" already exists and CX Segments did not write it/);
    expect(model.sheetValues('CX Customers')).toEqual(mine);
    expect(model.state.sheets).toHaveLength(2);
  });

  it('refuses to take columns that are not empty, and changes nothing', async () => {
    const cells = TEN_ORDERS.map((row, i) => (i === 7 ? [...row, null, null, 'my note'] : row));
    const model = install({ sheets: [{ name: 'Orders', cells }], selection: { sheet: 'Orders', address: 'A1' } });
    const before = JSON.stringify(model.sheetValues('Orders'));
    await expect(analyzeWorkbook()).rejects.toThrow(/needs the 4 empty columns to the right of your data \(E1:H11\)/);
    expect(JSON.stringify(model.sheetValues('Orders'))).toBe(before);
    expect(model.state.sheets).toHaveLength(1);
  });

  it('writes formula-looking and number-looking customer ids as text', async () => {
    // A leading apostrophe makes the model store the rest as text, as typing it in Excel would.
    const cells = [['customer', 'date', 'amount'], ['\'=HYPERLINK("x")', 45000, 5], ["'+1", 45001, 6], ["'007", 45002, 7]];
    const model = install({ sheets: [{ name: 'S', cells }], selection: { sheet: 'S', address: 'A1' } });
    await analyzeWorkbook();
    const sheet = model.state.sheetByName('CX Customers')!;
    expect(sheet.formulas.size).toBe(0);
    expect(model.sheetValues('CX Customers').slice(1).map((r) => r[0])).toEqual(['+1', '007', '=HYPERLINK("x")'].sort());
  });

  it('reports progress per block', async () => {
    install({ sheets: [ordersSheet()], selection: { sheet: 'Orders', address: 'A1' } });
    const steps: string[] = [];
    await analyzeWorkbook({ onProgress: (p) => steps.push(p.step === 'reading' ? `reading ${p.block}/${p.blocks}` : p.step) });
    expect(steps).toEqual(['reading 1/1', 'computing', 'writing', 'writing']);
  });
});
