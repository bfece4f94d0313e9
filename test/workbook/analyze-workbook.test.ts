import { analyzeWorkbook, OWNED_SHEETS_SETTING } from '../../src/workbook';
import { createExcelModel, ExcelModel, ModelInit } from '../excel-model/create-model';
import { TEN_ORDERS, TEN_ORDERS_EXPECTED } from '../analytics/ten-orders';

function install(init: ModelInit): ExcelModel {
  const model = createExcelModel(init);
  (globalThis as Record<string, unknown>).Excel = model.Excel;
  return model;
}

const ordersSheet = (extra: Partial<ModelInit['sheets'][number]> = {}) => ({ name: 'Orders', cells: TEN_ORDERS, ...extra });
const EXPECTED_ROWS = TEN_ORDERS_EXPECTED.map((c) => [c.customer, c.recencyDays, c.frequency, c.monetary, c.r, c.f, c.m, `${c.r}${c.f}${c.m}`, c.segment]);
const HEADER = ['Customer', 'Recency (days)', 'Frequency', 'Monetary', 'R', 'F', 'M', 'RFM', 'Segment'];
const CX_SHEETS = ['CX Dashboard', 'CX Customers', 'CX Breakdowns', 'CX Data Quality', 'CX Rules'];
/** The CX Customers table as written: title row, then header and rows (first nine columns). */
const customersTable = (model: ExcelModel) => model.sheetValues('CX Customers').slice(1).map((r) => r.slice(0, 9));

describe('analyzeWorkbook against the in-memory Excel', () => {
  it('reads the table under the selection and writes the hand-checked CX Customers table', async () => {
    const model = install({ sheets: [ordersSheet({ tables: [{ name: 'Orders', address: 'A1:D11' }] })], selection: { sheet: 'Orders', address: 'B4' } });
    const before = JSON.stringify(model.sheetValues('Orders'));
    const summary = await analyzeWorkbook();
    expect(summary).toMatchObject({
      source: { sheetName: 'Orders', address: 'A1:D11', rows: 10, tableName: 'Orders' },
      sheets: CX_SHEETS,
      customers: 5,
      skippedRows: 0,
      asOfDate: '2024-04-01',
    });
    // For the task pane's cards: the hand-checked totals (O9 is a credit note, so 8 orders).
    expect(summary.kpis).toMatchObject({ customers: 5, orders: 8, revenue: 197.5 });
    expect(summary.segments.map((s) => [s.segment, s.customers, s.revenue])).toEqual([
      ['Loyal Customers', 1, 35], ['Potential Loyalist', 1, 30], ['At Risk', 1, 50], ['Others', 2, 82.5],
    ]);
    expect(summary.narrative[0]).toBe('5 customers placed 8 orders worth 197.5, 24.69 per order on average.');
    expect(customersTable(model)).toEqual([HEADER, ...EXPECTED_ROWS]);
    const table = model.state.tables.find((t) => t.name === 'CXCustomers')!;
    expect(table.area).toMatchObject({ row: 1, col: 0, rows: 6 });
    const sheet = model.state.sheetByName('CX Customers')!;
    expect(sheet.numberFormats.get('2,3')).toBe('#,##0.00');
    expect(sheet.numberFormats.get('6,1')).toBe('#,##0');
    expect(model.state.activeSheetId).toBe(model.state.sheetByName('CX Dashboard')!.id);
    // The user's cells are unchanged; the table gained the four CX columns.
    const after = model.sheetValues('Orders');
    expect(JSON.stringify(after.map((r) => r.slice(0, 4)))).toBe(before);
    expect(after.map((r) => r.slice(4))).toEqual([
      ['CX Segment', 'CX R', 'CX F', 'CX M'],
      ...[0, 0, 0, 1, 2, 2, 2, 3, 4, 1].map((c) => [EXPECTED_ROWS[c][8], EXPECTED_ROWS[c][4], EXPECTED_ROWS[c][5], EXPECTED_ROWS[c][6]]),
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
    const first = CX_SHEETS.map((name) => model.sheetValues(name));
    const charts = model.state.charts.length;
    model.select('Orders', 'A1');
    await analyzeWorkbook();
    expect(CX_SHEETS.map((name) => model.sheetValues(name))).toEqual(first);
    expect(model.state.charts).toHaveLength(charts);
    expect(model.state.sheets.map((s) => s.name)).toEqual(['Orders', ...CX_SHEETS]);
    expect(model.sheetValues('Orders')[0]).toEqual(['Customer ID', 'Order ID', 'Order Date', 'Amount', 'CX Segment', 'CX R', 'CX F', 'CX M']);
    expect(model.state.settings.get(OWNED_SHEETS_SETTING)).toEqual(CX_SHEETS.map((n) => model.state.sheetByName(n)!.id));
  });

  it('refuses to overwrite a CX Customers sheet the user wrote, and changes nothing', async () => {
    const mine = [['my own notes']];
    const model = install({ sheets: [ordersSheet(), { name: 'CX Customers', cells: mine }], selection: { sheet: 'Orders', address: 'A1' } });
    const before = JSON.stringify(model.sheetValues('Orders'));
    await expect(analyzeWorkbook()).rejects.toThrow(/A sheet named "CX Customers" already exists and CX Segments did not write it/);
    expect(model.sheetValues('CX Customers')).toEqual(mine);
    expect(JSON.stringify(model.sheetValues('Orders'))).toBe(before); // no segment columns either
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
    for (const name of CX_SHEETS) expect(model.state.sheetByName(name)!.formulas.size).toBe(0);
    expect(customersTable(model).slice(1).map((r) => r[0])).toEqual(['+1', '007', '=HYPERLINK("x")'].sort());
  });

  it('reports progress per block', async () => {
    install({ sheets: [ordersSheet()], selection: { sheet: 'Orders', address: 'A1' } });
    const steps: string[] = [];
    await analyzeWorkbook({ onProgress: (p) => steps.push(p.step === 'reading' ? `reading ${p.block}/${p.blocks}` : p.step) });
    expect(steps).toEqual(['reading 1/1', 'computing', 'writing', ...CX_SHEETS.map(() => 'writing')]);
  });
});

describe('charts and formats written from the plan', () => {
  it('binds each chart to its table, with a treemap where ExcelApi 1.9 is supported', async () => {
    const model = install({ sheets: [ordersSheet()], selection: { sheet: 'Orders', address: 'A1' } });
    (globalThis as Record<string, unknown>).Office = model.Office;
    await analyzeWorkbook();
    const dashboard = model.state.sheetByName('CX Dashboard')!;
    const charts = model.state.charts.filter((c) => c.sheetId === dashboard.id);
    expect(charts.map((c) => [c.type, c.title])).toEqual([
      ['Treemap', 'Revenue by segment'], ['BarClustered', 'Share of customers vs share of revenue'],
    ]);
    const summary = model.state.tables.find((t) => t.name === 'CXSegmentSummary')!.area;
    const col = (j: number) => `'CX Dashboard'!${String.fromCharCode(65 + j)}${summary.row + 2}:${String.fromCharCode(65 + j)}${summary.row + summary.rows}`;
    expect(charts[1].series).toEqual([
      { name: '% of customers', values: col(2), xValues: col(0) },
      { name: '% of revenue', values: col(4), xValues: col(0) },
    ]);
    expect(charts[1].valueFormat).toBe('0.0%');
    expect(model.state.conditionalFormats).toEqual([expect.objectContaining({ type: 'ColorScale', address: expect.stringMatching(/^'CX Dashboard'!B\d+:F\d+$/) })]);
    const breakdowns = model.state.sheetByName('CX Breakdowns')!;
    expect(model.state.charts.filter((c) => c.sheetId === breakdowns.id).map((c) => c.title)).toContain('Revenue by month');
    delete (globalThis as Record<string, unknown>).Office;
  });

  it('draws a bar chart instead of a treemap on hosts before ExcelApi 1.9', async () => {
    const model = install({ sheets: [ordersSheet()], selection: { sheet: 'Orders', address: 'A1' }, excelApi: '1.8' });
    (globalThis as Record<string, unknown>).Office = model.Office;
    await analyzeWorkbook();
    expect(model.state.charts[0]).toMatchObject({ type: 'BarClustered', title: 'Revenue by segment' });
    delete (globalThis as Record<string, unknown>).Office;
  });
});

describe('options of the one-click run', () => {
  it("adds a segment column per extra scheme, and re-runs with the user's edits to CX Rules", async () => {
    const model = install({ sheets: [ordersSheet()], selection: { sheet: 'Orders', address: 'A1' } });
    expect((await analyzeWorkbook({ extraSchemes: ['tiers'] })).ruleWarnings).toEqual([]); // the built-ins' quirks are published
    expect(model.sheetValues('Orders')[0].slice(4)).toEqual(['CX Segment', 'CX R', 'CX F', 'CX M', 'CX Segment (tiers)']);
    expect(model.sheetValues('Orders').slice(1).map((r) => r[8])).toEqual([
      'Loyal', 'Loyal', 'Loyal', 'Periodic Buyers', 'Loyal', 'Loyal', 'Loyal', 'Periodic Buyers', 'Loyal', 'Periodic Buyers',
    ]);
    // The user renames the first rfm rule and makes it "M score 5, anything else".
    const rules = model.state.tables.find((t) => t.name === 'CXRules_rfm')!.area;
    const sheet = model.state.sheetByName('CX Rules')!;
    expect(sheet.cells[rules.row].slice(0, 7)).toEqual(['Segment', 'R score min', 'R score max', 'F score min', 'F score max', 'M score min', 'M score max']);
    sheet.cells[rules.row + 1].splice(0, 7, 'Top Spenders', 1, 5, 1, 5, 5, 5);
    model.select('Orders', 'A1');
    const summary = await analyzeWorkbook({ useSheetRules: true });
    // Loyal Customers allows R 2–5 × F 3–5 × M 3–5 = 36 combinations; Top Spenders, first, takes those with M 5: 4 × 3 = 12.
    expect(summary.ruleWarnings).toContain('"Loyal Customers" (rule 2) overlaps "Top Spenders", which comes first and wins on 12 of its 36 score combinations.');
    // B (M5) is now a Top Spender; everyone else keeps their rfm segment.
    expect(model.sheetValues('Orders').slice(1).map((r) => r[4])).toEqual([
      'Loyal Customers', 'Loyal Customers', 'Loyal Customers', 'Top Spenders', 'Others', 'Others', 'Others', 'At Risk', 'Potential Loyalist', 'Top Spenders',
    ]);
  });

  it('says so when there are no CX Rules to use yet', async () => {
    install({ sheets: [ordersSheet()], selection: { sheet: 'Orders', address: 'A1' } });
    await expect(analyzeWorkbook({ useSheetRules: true })).rejects.toThrow('There are no "rfm" rules on a CX Rules sheet yet');
  });
});

describe('workbook states that stop the run with a clear message and nothing changed', () => {
  const snapshot = (model: ExcelModel) => JSON.stringify(model.state.sheets.map((s) => [s.name, model.sheetValues(s.name)]));

  it('a protected sheet', async () => {
    const model = install({ sheets: [ordersSheet()], selection: { sheet: 'Orders', address: 'A1' } });
    model.state.sheetByName('Orders')!.protected = true;
    const before = snapshot(model);
    await expect(analyzeWorkbook()).rejects.toThrow('The sheet "Orders" is protected, so the segment columns cannot be added.');
    expect(snapshot(model)).toBe(before);
  });

  it('a filtered table', async () => {
    const model = install({ sheets: [ordersSheet({ tables: [{ name: 'Orders', address: 'A1:D11' }] })], selection: { sheet: 'Orders', address: 'B2' } });
    (globalThis as Record<string, unknown>).Office = model.Office;
    model.state.tables[0].filtered = true;
    const before = snapshot(model);
    await expect(analyzeWorkbook()).rejects.toThrow('The table "Orders" is filtered. Clear the filter (Data › Clear)');
    expect(snapshot(model)).toBe(before);
    delete (globalThis as Record<string, unknown>).Office;
  });

  it('merged cells in the data', async () => {
    const model = install({ sheets: [ordersSheet()], selection: { sheet: 'Orders', address: 'A1' }, excelApi: '1.13' });
    (globalThis as Record<string, unknown>).Office = model.Office;
    model.state.merges.push({ sheetId: model.state.sheetByName('Orders')!.id, area: { row: 3, col: 0, rows: 2, cols: 1 } });
    const before = snapshot(model);
    await expect(analyzeWorkbook()).rejects.toThrow('The data has merged cells (Orders!A4:A5). Unmerge them');
    expect(snapshot(model)).toBe(before);
    delete (globalThis as Record<string, unknown>).Office;
  });

  it('Excel in cell-edit mode', async () => {
    const model = install({ sheets: [ordersSheet()], selection: { sheet: 'Orders', address: 'A1' } });
    model.state.cellEditMode = true;
    const before = snapshot(model);
    await expect(analyzeWorkbook()).rejects.toThrow('Excel is busy editing a cell. Press Enter or Esc to finish, then click Analyze again.');
    expect(snapshot(model)).toBe(before);
  });
});

describe('a write that fails halfway', () => {
  it("renames its own table when the user has one of that name", async () => {
    const model = install({
      sheets: [ordersSheet(), { name: 'Mine', cells: [['Year', 'x'], [2024, 1]], tables: [{ name: 'CXTrendYear', address: 'A1:B2' }] }],
      selection: { sheet: 'Orders', address: 'A1' },
    });
    await analyzeWorkbook();
    const breakdowns = model.state.sheetByName('CX Breakdowns')!.id;
    expect(model.state.tables.filter((t) => t.sheetId === breakdowns).map((t) => t.name)).toContain('CXTrendYear_2');
    expect(model.sheetValues('Mine')).toEqual([['Year', 'x'], [2024, 1]]);
  });

  it('removes the half-written CX sheets and leaves the user data as it was', async () => {
    const model = install({ sheets: [ordersSheet(), { name: 'Mine', cells: [['Year', 'x'], [2024, 1]] }], selection: { sheet: 'Orders', address: 'A1' } });
    // The host fails while the third sheet is being added (a lost connection, say).
    const addSheet = model.state.addSheet.bind(model.state);
    model.state.addSheet = (name: string) => {
      if (name === 'CX Breakdowns') throw Object.assign(new Error('The connection was lost.'), { code: 'GeneralException' });
      return addSheet(name);
    };
    const userColumns = JSON.stringify(model.sheetValues('Orders').map((r) => r.slice(0, 4)));
    await expect(analyzeWorkbook()).rejects.toThrow('The connection was lost.');
    expect(model.state.sheets.map((s) => s.name)).toEqual(['Orders', 'Mine']);
    expect(model.sheetValues('Mine')).toEqual([['Year', 'x'], [2024, 1]]);
    expect(JSON.stringify(model.sheetValues('Orders').map((r) => r.slice(0, 4)))).toBe(userColumns);
  });
});

describe('a customers table named by the user', () => {
  it('joins its attributes on customer id into CX Customers and the breakdowns', async () => {
    const model = install({
      sheets: [ordersSheet(), { name: 'People', cells: [['Customer ID', 'Gender', 'Age'], ['A', 'F', 34], ['B', 'M', 51], ['E', 'F', 29]], tables: [{ name: 'People', address: 'A1:C4' }] }],
      selection: { sheet: 'Orders', address: 'A1' },
    });
    await analyzeWorkbook({ customersTable: 'People' });
    const customers = model.sheetValues('CX Customers');
    const header = customers[1];
    const gender = header.indexOf('gender');
    expect(customers.slice(2).map((r) => [r[0], r[gender]])).toEqual([['A', 'F'], ['B', 'M'], ['C', ''], ['D', ''], ['E', 'F']]);
    await expect(analyzeWorkbook({ customersTable: 'Nobody' })).rejects.toThrow('There is no table named "Nobody" in this workbook');
  });
});
