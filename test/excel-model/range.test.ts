import { createExcelModel } from './create-model';

const model = () =>
  createExcelModel({
    sheets: [
      { name: 'Data', cells: [['a', 'b', null, 'x'], [1, 2, null, 3], [null, null, null, null], [4]] },
      { name: 'Other', cells: [[1]] },
    ],
    selection: { sheet: 'Data', address: 'A1' },
  });

describe('ranges in the in-memory Excel model', () => {
  it('finds the surrounding region from the top-left cell of a larger range', async () => {
    const { Excel } = model();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      // From A1: column C and row 3 are empty, so the region is A1:B2 whatever else the range covers.
      const region = sheet.getRange('A1:D4').getSurroundingRegion().load('address');
      const fromD1 = sheet.getRange('D1').getSurroundingRegion().load('address');
      await context.sync();
      expect([region.address, fromD1.address]).toEqual(['Data!A1:B2', 'Data!D1:D2']);
    });
  });

  it('intersects ranges, with ItemNotFound or a null object when they do not meet', async () => {
    const { Excel } = model();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const both = sheet.getRange('A1:C3').getIntersection('B2:D4').load('address');
      const none = sheet.getRange('A1').getIntersectionOrNullObject(sheet.getRange('D4')).load('address');
      await context.sync();
      expect([both.address, none.isNullObject]).toEqual(['Data!B2:C3', true]);
      sheet.getRange('A1').getIntersection('D4').load('address');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it("gives a range's worksheet without a load of the range", async () => {
    const { Excel } = model();
    await Excel.run(async (context) => {
      const sheet = context.workbook.getSelectedRange().worksheet.load('name,position');
      await context.sync();
      expect([sheet.name, sheet.position]).toEqual(['Data', 0]);
    });
  });

  it('counts formatted cells in the used range unless asked for values only', async () => {
    const m = model();
    await m.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('F10').numberFormat = [['0.00']];
      await context.sync();
      const sheet = context.workbook.worksheets.getItem('Data');
      const all = sheet.getUsedRange().load('address');
      const values = sheet.getUsedRange(true).load('address');
      await context.sync();
      expect([all.address, values.address]).toEqual(['Data!A1:F10', 'Data!A1:D4']);
    });
  });

  it('refuses to read more than 5,000,000 cells in one range', async () => {
    const { Excel } = model();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('A:E').load('values'); // 5 × 1,048,576 cells
      await expect(context.sync()).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
      const four = sheet.getRange('A:D').load('rowCount'); // its size alone is fine
      await context.sync();
      expect(four.rowCount).toBe(1048576);
    });
  });
});
