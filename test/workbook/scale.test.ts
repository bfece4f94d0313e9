import { analyzeTable } from '../../src/analytics';
import { placeSegmentColumns, readSourceData, writeSegmentColumns } from '../../src/workbook';
import { PAYLOAD_LIMIT } from '../excel-model/state';
import { createExcelModel } from '../excel-model/create-model';

/** 1,000,000 order rows × 8 columns as Excel holds them: ids, serial dates, numbers, text. */
function millionRows(): (string | number)[][] {
  const rows: (string | number)[][] = [['Order ID', 'Customer ID', 'Order Date', 'Amount', 'Quantity', 'Category', 'Region', 'Status']];
  const categories = ['Books', 'Clothing', 'Electronics', 'Home'];
  const regions = ['North', 'South', 'East', 'West'];
  for (let i = 0; i < 1_000_000; i++) {
    rows.push([100000 + (i >> 1), 1 + ((i * 7919) % 83000), 45000 + (i % 730), ((i * 37) % 20000) / 100, 1 + (i % 4), categories[i % 4], regions[(i >> 2) % 4], i % 10 < 3 ? 'Returned' : 'Delivered']);
  }
  return rows;
}

describe('a million rows against the in-memory Excel', () => {
  it('reads 1,000,000 × 8 and writes the segment columns back in requests under 5 MB', async () => {
    const cells = millionRows();
    const model = createExcelModel({ sheets: [{ name: 'Orders', cells }], selection: { sheet: 'Orders', address: 'B2' } });
    (globalThis as Record<string, unknown>).Excel = model.Excel;
    let blocks = 0;
    await model.Excel.run(async (context) => {
      const source = await readSourceData(context as never, (p) => p.step === 'reading' && (blocks = p.blocks));
      expect(source.values).toHaveLength(1_000_001);
      expect(source.values[500_000]).toEqual(cells[500_000]);
      const report = analyzeTable(source.values);
      await writeSegmentColumns(context as never, source, report, await placeSegmentColumns(context as never, source));
    });
    const { syncs, maxRequestBytes, maxResponseBytes } = model.stats;
    console.log(`workbook-scale rows=1000000 syncs=${syncs} max_request_bytes=${maxRequestBytes} max_response_bytes=${maxResponseBytes} read_blocks=${blocks}`);
    expect(maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(model.state.sheetByName('Orders')!.cells[1_000_000][8]).toEqual(expect.any(String));
  }, 300_000);
});
