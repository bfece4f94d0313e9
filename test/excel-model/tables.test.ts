import { createExcelModel } from './create-model';

const model = () =>
  createExcelModel({
    sheets: [
      { name: 'Orders', cells: [['Customer', 'Amount'], ['ann', 10], ['bob', 20]], tables: [{ name: 'Table1', address: 'A1:B3' }] },
      { name: 'Raw', cells: [['ann', 10, 'note'], ['bob', 20]] },
    ],
    selection: { sheet: 'Raw', address: 'A1' },
  });

describe('tables in the in-memory Excel model', () => {
  it('adds a table without headers as Excel does: a generated header, the data shifted down one row', async () => {
    const m = model();
    await m.Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem('Raw').tables.add('A1:B2', false).load('name');
      const body = table.getDataBodyRange().load('address,values');
      await context.sync();
      expect(table.name).toBe('Table2'); // Table1 is taken
      expect(body.address).toBe('Raw!A2:B3');
      expect(body.values).toEqual([['ann', 10], ['bob', 20]]);
    });
    // Only the table's columns moved: C1's note stays where it was.
    expect(m.sheetValues('Raw')).toEqual([['Column1', 'Column2', 'note'], ['ann', 10, ''], ['bob', 20, '']]);
  });

  it('names blank and repeated header cells, and keeps one data row under a lone header', async () => {
    const m = createExcelModel({ sheets: [{ name: 'S', cells: [['Amount', null, 'amount', 2024]] }] });
    await m.Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem('S').tables.add('A1:D1', true);
      const range = table.getRange().load('address');
      await context.sync();
      expect(range.address).toBe('S!A1:D2');
    });
    expect(m.sheetValues('S')).toEqual([['Amount', 'Column2', 'amount2', '2024']]);
  });

  it('refuses a table over another one, and table names that are taken or not valid', async () => {
    const attempt = (f: (context: Excel.RequestContext) => void) =>
      model().Excel.run(async (context) => {
        f(context as never);
        await context.sync();
      });
    await expect(attempt((c) => c.workbook.worksheets.getItem('Orders').tables.add('B2:C4', true))).rejects.toMatchObject({ code: 'MergedRangeConflict' });
    await expect(attempt((c) => (c.workbook.worksheets.getItem('Raw').tables.add('A1:B2', true).name = 'table1'))).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    for (const bad of ['A1', 'my table', '1st', 'R', 'x'.repeat(256)]) {
      await expect(attempt((c) => (c.workbook.worksheets.getItem('Raw').tables.add('A1:B2', true).name = bad))).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
  });

  it('fails a sync on a missing table with ItemNotFound; getItemOrNullObject gives a null object', async () => {
    const { Excel } = model();
    await expect(
      Excel.run(async (context) => {
        context.workbook.tables.getItem('Nope').load('name');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await Excel.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject('Nope').load('name');
      const found = context.workbook.tables.getItemOrNullObject('table1').load('name');
      await context.sync();
      expect([missing.isNullObject, found.isNullObject, found.name]).toEqual([true, false, 'Table1']);
    });
  });

  it("gives each table's worksheet as a navigation property", async () => {
    const m = model();
    await m.Excel.run(async (context) => {
      const tables = context.workbook.tables.load('items/name,items/worksheet/id');
      const sheet = context.workbook.tables.getItem('Table1').worksheet.load('name');
      await context.sync();
      expect(tables.items.map((t) => t.worksheet.id)).toEqual([m.state.sheet('Orders').id]);
      expect(sheet.name).toBe('Orders');
    });
  });

  it('deletes a table with its data; convertToRange keeps the data', async () => {
    const m = model();
    await m.Excel.run(async (context) => {
      context.workbook.tables.getItem('Table1').convertToRange();
      await context.sync();
    });
    expect(m.state.tables).toHaveLength(0);
    expect(m.sheetValues('Orders')[1]).toEqual(['ann', 10]);
    const again = model();
    await again.Excel.run(async (context) => {
      context.workbook.tables.getItem('Table1').delete();
      await context.sync();
    });
    expect(again.sheetValues('Orders')).toEqual([]);
  });
});
