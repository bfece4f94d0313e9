import { createExcelModel } from './create-model';

const model = () =>
  createExcelModel({
    sheets: [
      {
        name: 'Orders',
        cells: [
          ['Customer', 'Amount', null, 'note'],
          ['ann', 10],
          ['bob', 20],
          [null, null],
          ['far', 1],
        ],
        tables: [{ name: 'Orders', address: 'A1:B3' }],
      },
    ],
    selection: { sheet: 'Orders', address: 'A2' },
  });

describe('the in-memory Excel model', () => {
  it('throws PropertyNotLoaded when a property is read before load and sync', async () => {
    const { Excel } = model();
    await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('address');
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.address).toBe('Orders!A2');
    });
  });

  it('reads empty cells as "" and finds the current region like Ctrl+*', async () => {
    const { Excel } = model();
    await Excel.run(async (context) => {
      const region = context.workbook.getSelectedRange().getSurroundingRegion().load('address,values');
      await context.sync();
      // D1 is cut off by the empty column C, row 5 by the empty row 4.
      expect(region.address).toBe('Orders!A1:B3');
      expect(region.values).toEqual([['Customer', 'Amount'], ['ann', 10], ['bob', 20]]);
    });
  });

  it('rejects a values array whose shape differs from the range, at sync', async () => {
    const { Excel } = model();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Orders').getRange('F1:G2').values = [[1, 2, 3]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('writes "=" text as a formula and "\'=" text as text, and converts numeric text to numbers', async () => {
    const m = model();
    await m.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Orders').getRange('F1:F4');
      r.values = [['=1+1'], ["'=cmd|' /C calc'!A0"], ['00017'], ["'00017"]];
      const back = r.load('values,formulas');
      await context.sync();
      expect(back.formulas).toEqual([['=1+1'], ["=cmd|' /C calc'!A0"], [17], ['00017']]);
      expect(back.values).toEqual([['#NAME?'], ["=cmd|' /C calc'!A0"], [17], ['00017']]);
    });
  });

  it("enforces Excel's sheet name rules", async () => {
    const { Excel } = model();
    for (const bad of ['orders', 'a/b', 'x'.repeat(32), "'quoted", 'History', '']) {
      await expect(
        Excel.run(async (context) => {
          context.workbook.worksheets.add(bad);
          await context.sync();
        }),
      ).rejects.toHaveProperty('code');
    }
    await Excel.run(async (context) => {
      context.workbook.worksheets.add('CX Customers');
      await context.sync();
    });
  });

  it('counts syncs and caps a request at 5 MB', async () => {
    const m = model();
    // 60,000 rows of ~90 characters: over 5 MB of JSON in one request.
    const big = Array.from({ length: 60000 }, (_, i) => [`customer ${i} `.padEnd(80, 'x'), i]);
    await expect(
      m.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Orders').getRange(`H1:I${big.length}`).values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    const before = m.stats.syncs;
    await m.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Orders').getRange('H1:I2').values = [[1, 2], [3, 4]];
      await context.sync();
      await context.sync();
    });
    expect(m.stats.syncs - before).toBe(2);
  });

  it('reports a missing sheet as a null object with getItemOrNullObject', async () => {
    const { Excel } = model();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject('Nope').load('name');
      await context.sync();
      expect(ws.isNullObject).toBe(true);
    });
  });

  it('compares requirement sets by minor version (1.12 is newer than 1.9) and refuses charts the host lacks', async () => {
    const m = createExcelModel({ sheets: [{ name: 'S', cells: [['a', 'b'], ['x', 1]] }], excelApi: '1.8' });
    expect(m.Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(m.Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    expect(model().Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    await expect(
      m.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('S');
        ws.charts.add('Treemap', ws.getRange('B1:B2'), 'Columns');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
