import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CellValue, analyzeTable } from '../../src/analytics';
import { writeReportFile } from '../../src/cli/report-file';
import { planReport } from '../../src/workbook/plan';

describe('the Data sheet, streamed into the package', () => {
  it('reads back with every value and type as given: text stays text, numbers numbers, awkward characters kept or dropped', async () => {
    const values: CellValue[][] = [
      ['Customer', 'Date', 'Amount', 'Note'],
      ['=cmd', 45292, 10, 'a & b <c> "d"'],
      ['  bob', '2024-01-05', '30', 'bell\x07 here'],
      [null, '2024-01-06', 5, true],
    ];
    const report = analyzeTable(values, { schemes: ['rfm', 'tiers'] });
    const plan = planReport(report, { source: 'test', treemap: false, sheets: ['customers'] });
    const path = join(await mkdtemp(join(tmpdir(), 'cx-data-')), 'r.xlsx');
    await writeReportFile(path, values, report, plan, { withData: true, extraSchemes: ['tiers'] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Data', 'CX Customers']);
    const data = wb.getWorksheet('Data')!;
    const row = (n: number) => (data.getRow(n).values as unknown[]).slice(1);
    expect(row(1)).toEqual(['Customer', 'Date', 'Amount', 'Note', 'CX Segment', 'CX R', 'CX F', 'CX M', 'CX Segment (tiers)']);
    // as-of 2024-01-07 (serial 45292 is 2024-01-01): =cmd 6 days, "  bob" 2 days; the third row has no customer.
    // Two customers in 5 bins: =cmd R1 F1 M1 (Lost, Periodic Buyers), bob R2 F2 M2 (Need Attention; F 2 is below Loyal's 3).
    expect(row(2)).toEqual(['=cmd', 45292, 10, 'a & b <c> "d"', 'Lost', 1, 1, 1, 'Periodic Buyers']);
    expect(row(3)).toEqual(['  bob', '2024-01-05', '30', 'bell here', 'Need Attention', 2, 2, 2, 'Periodic Buyers']);
    expect(row(4)).toEqual([undefined, '2024-01-06', 5, true]);
    expect(data.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(data.getCell('C3').type).toBe(ExcelJS.ValueType.String);
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
