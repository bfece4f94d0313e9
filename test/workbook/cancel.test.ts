import { Progress, RunCancelledError, analyzeHere, analyzeWorkbook, readSourceData } from '../../src/workbook';
import { CellValue } from '../../src/analytics';
import { createExcelModel, ExcelModel, ModelInit } from '../excel-model/create-model';
import { TEN_ORDERS } from '../analytics/ten-orders';

function install(init: ModelInit): ExcelModel {
  const model = createExcelModel(init);
  (globalThis as Record<string, unknown>).Excel = model.Excel;
  return model;
}

const inTable = (): ModelInit => ({
  sheets: [{ name: 'Orders', cells: TEN_ORDERS, tables: [{ name: 'Orders', address: 'A1:D11' }] }],
  selection: { sheet: 'Orders', address: 'B4' },
});
const inRange = (): ModelInit => ({ sheets: [{ name: 'Orders', cells: TEN_ORDERS }], selection: { sheet: 'Orders', address: 'B4' } });

/** Runs with a Cancel pressed when `when` first matches a progress report; resolves to the progress seen. */
async function cancelWhen(when: (p: Progress) => boolean): Promise<Progress[]> {
  const controller = new AbortController();
  const seen: Progress[] = [];
  const run = analyzeWorkbook({
    signal: controller.signal,
    extraSchemes: ['tiers'],
    onProgress: (p) => {
      seen.push(p);
      if (when(p)) controller.abort();
    },
  });
  await expect(run).rejects.toBeInstanceOf(RunCancelledError);
  return seen;
}

const writing = (sheet: string) => (p: Progress) => p.step === 'writing' && p.sheet === sheet;

describe('Cancel puts the workbook back as it was', () => {
  it.each([
    ['while reading', (p: Progress) => p.step === 'reading'],
    ['while computing', (p: Progress) => p.step === 'computing'],
    ['while writing CX Breakdowns', writing('CX Breakdowns')],
    ['while writing the segment columns', writing('Orders')],
  ])('on a first run, %s (table)', async (_, when) => {
    const model = install(inTable());
    const before = model.snapshot();
    await cancelWhen(when);
    expect(model.snapshot()).toBe(before);
  });

  it('within a sheet: a cancel as CX Customers starts sends none of its rows', async () => {
    const many = [TEN_ORDERS[0], ...Array.from({ length: 3000 }, (_, i) => [`C${i}`, `O${i}`, 45292 + (i % 90), 10 + (i % 7)])];
    const model = install({ sheets: [{ name: 'Orders', cells: many }], selection: { sheet: 'Orders', address: 'A2' } });
    const before = model.snapshot();
    const controller = new AbortController();
    let atCancel = 0;
    const run = analyzeWorkbook({
      signal: controller.signal,
      onProgress: (p) => {
        if (p.step !== 'writing' || p.sheet !== 'CX Customers') return;
        atCancel = model.stats.requestBytes.length;
        controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(RunCancelledError);
    expect(model.snapshot()).toBe(before);
    // The 3,000 customer rows are one request of several hundred KB; checked before each block, it is never sent.
    expect(Math.max(...model.stats.requestBytes.slice(atCancel))).toBeLessThan(50_000);
  });

  it('on a first run over a plain range, while writing the segment columns', async () => {
    const model = install(inRange());
    const before = model.snapshot();
    await cancelWhen(writing('Orders'));
    expect(model.snapshot()).toBe(before);
  });

  it.each([
    ['CX Customers', inTable],
    ['Orders', inTable],
    ['Orders', inRange],
  ])('on a re-run, while writing %s: the earlier report and segment columns come back', async (sheet, init) => {
    const model = install(init());
    await analyzeWorkbook({ extraSchemes: ['tiers'] });
    model.select('Orders', 'B4');
    const after = model.snapshot();
    await cancelWhen(writing(sheet));
    expect(model.snapshot()).toBe(after);
    expect(model.state.sheets.map((s) => s.name)).toEqual(['Orders', 'CX Dashboard', 'CX Customers', 'CX Breakdowns', 'CX Data Quality', 'CX Rules']);
  });

  it('reports cancelling while it undoes, and a run after a cancel completes', async () => {
    const model = install(inTable());
    const seen = await cancelWhen(writing('CX Rules'));
    expect(seen.at(-1)).toEqual({ step: 'cancelling' });
    model.select('Orders', 'B4');
    const summary = await analyzeWorkbook();
    expect(summary.sheets).toEqual(['CX Dashboard', 'CX Customers', 'CX Breakdowns', 'CX Data Quality', 'CX Rules']);
    expect(model.state.tables.map((t) => t.name).sort()).not.toContainEqual(expect.stringMatching(/previous/));
  });
});

describe('a re-run replaces the earlier report', () => {
  it('keeps table names (CX Rules is read back by name) and leaves no set-aside sheet behind', async () => {
    const model = install(inTable());
    await analyzeWorkbook();
    model.select('Orders', 'B4');
    const names = model.state.tables.map((t) => t.name).sort();
    const owned = model.state.settings.get('CXSegments.ownedSheets') as string[];
    await analyzeWorkbook({ analyze: { scheme: 'tiers' } });
    expect(model.state.tables.map((t) => t.name).sort()).toEqual(names);
    expect(model.state.sheets.map((s) => s.name)).toEqual(['Orders', 'CX Dashboard', 'CX Customers', 'CX Breakdowns', 'CX Data Quality', 'CX Rules']);
    const ownedNow = model.state.settings.get('CXSegments.ownedSheets') as string[];
    expect(ownedNow).toHaveLength(5);
    expect(ownedNow.filter((id) => owned.includes(id))).toEqual([]);
    expect(ownedNow.sort()).toEqual(model.state.sheets.slice(1).map((s) => s.id).sort());
  });
});

describe('choices the task pane passes', () => {
  it('analyzes a table picked by name, whatever is selected', async () => {
    const model = install({
      sheets: [
        { name: 'Notes', cells: [['Read me'], ['Orders are on the next sheet']] },
        { name: 'Orders', cells: TEN_ORDERS, tables: [{ name: 'Sales', address: 'A1:D11' }] },
      ],
      selection: { sheet: 'Notes', address: 'A1' },
    });
    const summary = await analyzeWorkbook({ source: { tableName: 'Sales' }, charts: false });
    expect(summary.source).toEqual({ sheetName: 'Orders', address: 'A1:D11', rows: 10, tableName: 'Sales' });
    expect(model.state.charts).toEqual([]);
    expect(model.sheetValues('Notes')).toEqual([['Read me'], ['Orders are on the next sheet']]);
  });

  it('re-runs a plain range from its rerun choice while another sheet is active, segment columns included', async () => {
    const model = install(inRange());
    const first = await analyzeWorkbook();
    expect(first.rerun).toEqual({ sheetName: 'Orders', address: 'A1' });
    expect(model.state.sheets.find((s) => s.id === model.state.activeSheetId)!.name).toBe('CX Dashboard');
    // One cell stands for its region, which now holds the four CX columns: they are updated in place.
    const again = await analyzeWorkbook({ source: first.rerun });
    expect(again.source).toMatchObject({ sheetName: 'Orders', address: 'A1:H11' });
    expect(model.sheetValues('Orders')[0]).toEqual(['Customer ID', 'Order ID', 'Order Date', 'Amount', 'CX Segment', 'CX R', 'CX F', 'CX M']);
    expect(again.customers).toBe(first.customers);
  });

  it('analyzes a range picked by address, and names a missing table', async () => {
    install({ sheets: [{ name: 'Data', cells: [['x'], [], ...TEN_ORDERS] }], selection: { sheet: 'Data', address: 'A1' } });
    expect((await analyzeWorkbook({ source: { sheetName: 'Data', address: 'A3:D13' } })).customers).toBe(5);
    await expect(analyzeWorkbook({ source: { tableName: 'Gone' } })).rejects.toThrow('There is no table named "Gone" in this workbook any more: pick the data again.');
  });
});

describe('the analysis session', () => {
  /** analyzeHere, recording what the run did with it. */
  function spySession() {
    const log: string[] = [];
    const rows: unknown[][] = [];
    const compute = () => {
      const inner = analyzeHere();
      return {
        add: async (block: CellValue[][]) => (log.push(`add ${block.length}`), rows.push(...block), inner.add(block)),
        report: (...args: Parameters<ReturnType<typeof analyzeHere>['report']>) => (log.push('report'), inner.report(...args)),
        close: () => (log.push('close'), inner.close()),
      };
    };
    return { log, rows, compute };
  }

  it('gets every row as it is read, header first, gives the report, and is closed', async () => {
    const model = install(inTable());
    const asRead = (await model.Excel.run((context) => readSourceData(context as never))).values;
    const spy = spySession();
    await analyzeWorkbook({ compute: spy.compute });
    expect(asRead).toHaveLength(TEN_ORDERS.length);
    expect(spy.rows).toEqual(asRead);
    expect(spy.log.at(-2)).toBe('report');
    expect(spy.log.at(-1)).toBe('close');
  });

  it('is closed without a report when the run is cancelled while reading', async () => {
    install(inTable());
    const spy = spySession();
    const controller = new AbortController();
    const run = analyzeWorkbook({ compute: spy.compute, signal: controller.signal, onProgress: (p) => p.step === 'reading' && controller.abort() });
    await expect(run).rejects.toBeInstanceOf(RunCancelledError);
    expect(spy.log).not.toContain('report');
    expect(spy.log.at(-1)).toBe('close');
  });
});
