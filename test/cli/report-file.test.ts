import { CellValue, analyzeTable } from '../../src/analytics';
import { writeReportFile } from '../../src/cli/report-file';
import { planReport } from '../../src/workbook/plan';
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
