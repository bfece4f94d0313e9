import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CellValue, analyzeTable } from '../../src/analytics';
import { writeReportFile } from '../../src/cli/report-file';
import { reportWorkbook } from '../../src/cli/write-xlsx';
import { CUSTOMERS_PLAN_SHEET as CUSTOMERS_SHEET, planReport } from '../../src/workbook/plan';
import { TEN_ORDERS } from '../analytics/ten-orders';

describe('writeReportFile', () => {
  it('rejects with the file error when the file cannot be written, with the Data sheet still to stream', async () => {
    const rows = Array.from({ length: 20000 }, (_, i) => TEN_ORDERS[1 + (i % 10)] as CellValue[]);
    const values: CellValue[][] = [TEN_ORDERS[0] as CellValue[], ...rows];
    const report = analyzeTable(values);
    const plan = planReport(report, { source: 'orders.csv', treemap: false });
    const write = writeReportFile('/nonexistent-dir/x/report.xlsx', values, report, plan, { withData: true, extraSchemes: [] });
    await expect(write).rejects.toThrow(/ENOENT/);
  });
});

describe('writeReportFile, long tables', () => {
  // 1,500 customers: the customers' table is past STREAMED_ROWS, so its rows are streamed, not ExcelJS's.
  const values: CellValue[][] = [['Customer', 'Order', 'Date', 'Amount', 'Region']];
  for (let c = 0; c < 1500; c++) {
    for (let k = 0; k <= 2 * (c % 10); k++) values.push([`C${1000 + c}`, `O${c}-${k}`, 45000 + ((c * 7 + k * 31) % 700), 10 + ((c * 13) % 97) + k / 4, c % 5 ? 'North' : 'R&D <West>']);
  }
  const report = analyzeTable(values);
  const plan = planReport(report, { source: 'orders.csv', treemap: false });

  async function customersSheet(read: () => Promise<ExcelJS.Workbook>) {
    const sheet = (await read()).getWorksheet(CUSTOMERS_SHEET)!;
    const table = plan.sheets.find((s) => s.name === CUSTOMERS_SHEET)!.blocks.find((b) => b.kind === 'table')!;
    const cells: unknown[] = [];
    for (let r = table.anchor.row + 1; r <= table.anchor.row + 2 + report.customers.length; r++) {
      for (let c = 1; c <= 30; c++) {
        const cell = sheet.getCell(r, c);
        cells.push([cell.address, cell.value, cell.numFmt]);
      }
    }
    const tables = (sheet as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables;
    const [ref] = Object.values(tables).map((t) => t.table.tableRef);
    return { cells, ref, title: sheet.getCell(1, 1).value, widths: sheet.columns.map((c) => c.width) };
  }

  it('streams the customers rows with the values, formats and table range ExcelJS gives them', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cx-report-')), 'report.xlsx');
    const told: [number, number][] = [];
    await writeReportFile(path, values, report, plan, { withData: true, extraSchemes: [], onRows: (n, total) => told.push([n, total]) });
    // Progress: the Data sheet's rows and the customers', every 10,000 rows or so, up to all of them.
    const total = values.length - 1 + 1500;
    expect(told.length).toBeGreaterThanOrEqual(2); // 16,500 rows: once past 10,000, once at the end
    expect(told.every(([n, t], i) => t === total && n - (i ? told[i - 1][0] : 0) >= (n === total ? 1 : 10_000))).toBe(true);
    expect(told[told.length - 1]).toEqual([total, total]);
    const streamed = await customersSheet(async () => new ExcelJS.Workbook().xlsx.readFile(path));
    const whole = await customersSheet(async () => new ExcelJS.Workbook().xlsx.load(await reportWorkbook(plan).xlsx.writeBuffer()));
    expect(report.customers.length).toBe(1500);
    expect(streamed.ref).toBe(`A2:R${2 + 1500}`);
    expect(streamed.cells).toContainEqual(['I1502', expect.any(String), undefined]);
    expect(streamed).toEqual(whole);
  });
});
