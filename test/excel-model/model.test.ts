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
    const cases: [string, string][] = [
      ['orders', 'ItemAlreadyExists'], ['a/b', 'InvalidArgument'], ['a:b', 'InvalidArgument'], ['x'.repeat(32), 'InvalidArgument'],
      ["'quoted", 'InvalidArgument'], ["quoted'", 'InvalidArgument'], ['History', 'InvalidArgument'], ['', 'InvalidArgument'],
    ];
    for (const [bad, code] of cases) {
      await expect(
        Excel.run(async (context) => {
          context.workbook.worksheets.add(bad);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code });
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

  it('broadcasts one plain value to every cell, but not a 1×1 array to a larger range', async () => {
    const m = model();
    await m.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Orders');
      (sheet.getRange('F1:G2') as unknown as { values: unknown }).values = 7;
      await context.sync();
      sheet.getRange('F1:G2').values = [[8]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    expect(m.sheetValues('Orders').map((r) => r.slice(5, 7)).slice(0, 2)).toEqual([[7, 7], [7, 7]]);
  });

  it('treats "+" and "-" text that is not a number as a formula, and a signed number as a number', async () => {
    const m = model();
    await m.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Orders').getRange('F1:F4');
      r.values = [['-5'], ['+2.5'], ['-x'], ['+44 20 7946']];
      const back = r.load('formulas');
      await context.sync();
      expect(back.formulas).toEqual([[-5], [2.5], ['=-x'], ['=+44 20 7946']]);
    });
  });

  it('reads see the values of the last sync; writes apply at the next', async () => {
    const { Excel } = model();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Orders').getRange('B2').load('values');
      await context.sync();
      range.values = [[99]];
      expect(range.values).toEqual([[10]]);
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[99]]);
    });
  });

  it('caps a response at 5 MB, counting UTF-8 bytes, and records each sync', async () => {
    const m = createExcelModel({ sheets: [{ name: 'Big', cells: Array.from({ length: 30000 }, () => ['é'.repeat(90)]) }] });
    await m.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Big');
      sheet.getRange('A1:A15000').load('values');
      await context.sync();
      // 30,000 cells of 90 "é": 2.7 M characters, but 5.4 MB of UTF-8.
      sheet.getRange('A1:A30000').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    });
    expect(m.stats.syncs).toBe(2);
    // [["é…é"],…]: per row 2 + 180 + 2 bytes, 14,999 commas, the outer brackets.
    expect(m.stats.responseBytes[0]).toBe(15000 * (2 + 90 * 2 + 2) + 14999 + 2);
    expect(m.stats.maxResponseBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('keeps ranges inside the grid of 1,048,576 rows and 16,384 columns', async () => {
    const { Excel } = model();
    for (const make of [
      (s: Excel.Worksheet) => s.getRangeByIndexes(1048575, 0, 2, 1),
      (s: Excel.Worksheet) => s.getRange('XFE1'),
      (s: Excel.Worksheet) => s.getRange('A1').getOffsetRange(-1, 0),
    ]) {
      await expect(
        Excel.run(async (context) => {
          make(context.workbook.worksheets.getItem('Orders') as never).load('address');
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
    await Excel.run(async (context) => {
      const last = context.workbook.worksheets.getItem('Orders').getRangeByIndexes(1048575, 16383, 1, 1).load('address');
      const columns = context.workbook.worksheets.getItem('Orders').getRange('B:C').load('address,rowCount');
      await context.sync();
      expect(last.address).toBe('Orders!XFD1048576');
      expect([columns.address, columns.rowCount]).toEqual(['Orders!B:C', 1048576]);
    });
  });

  it('answers Office.onReady as Excel on a PC, and keeps document settings as JSON values', async () => {
    const { Office } = model();
    await expect(Office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'PC' });
    const settings = Office.context.document.settings;
    settings.set('mapping', { customer: 'A' });
    const saved = new Promise((resolve) => settings.saveAsync({}, resolve));
    await expect(saved).resolves.toMatchObject({ status: Office.AsyncResultStatus.Succeeded });
    expect(settings.get('mapping')).toEqual({ customer: 'A' });
    settings.remove('mapping');
    expect(settings.get('mapping')).toBeNull();
  });
});
