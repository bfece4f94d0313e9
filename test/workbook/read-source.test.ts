import { readSourceData } from '../../src/workbook';
import { ModelInit, createExcelModel } from '../excel-model/create-model';

type Model = ReturnType<typeof createExcelModel>;

const read = (model: Model, ...rest: [Parameters<typeof readSourceData>[1]?, number?]) =>
  model.Excel.run((context) => readSourceData(context as never, ...rest));

/** Two tables side by side (D is empty between them), a note far below. */
const twoTables = (selection: ModelInit['selection']): ModelInit => ({
  sheets: [
    {
      name: 'Data',
      cells: [
        ['Customer', 'Amount', null, null, 'Id', 'Date', 'Total'],
        ['ann', 10, null, null, 7, 45300, 1.5],
        ['bob', 20, null, null, 8, 45301, 2.5],
        [],
        [],
        ['a note'],
      ],
      tables: [{ name: 'Left', address: 'A1:B3' }, { name: 'Right', address: 'E1:G3' }],
    },
  ],
  selection,
});

describe('readSourceData finds the data the user points at', () => {
  it('takes the table holding the active cell, header row first', async () => {
    const source = await read(createExcelModel(twoTables({ sheet: 'Data', address: 'B2' })));
    expect(source).toEqual({
      sheetName: 'Data', address: 'A1:B3', tableName: 'Left', rowIndex: 0, columnIndex: 0,
      values: [['Customer', 'Amount'], ['ann', 10], ['bob', 20]],
    });
  });

  it('takes a table the selection touches when the active cell is outside every table', async () => {
    // The selection D2:E2 starts in the empty column D and reaches into the right-hand table.
    const source = await read(createExcelModel(twoTables({ sheet: 'Data', address: 'D2:E2' })));
    expect([source.tableName, source.address, source.values[0]]).toEqual(['Right', 'E1:G3', ['Id', 'Date', 'Total']]);
  });

  it("takes the active cell's current region when there is no table", async () => {
    const init = twoTables({ sheet: 'Data', address: 'F3' });
    init.sheets[0].tables = [];
    const source = await read(createExcelModel(init));
    // Column D is empty, so the region stops at E; the blank rows 4–5 cut off the note.
    expect([source.tableName, source.address, source.values]).toEqual([undefined, 'E1:G3', [['Id', 'Date', 'Total'], [7, 45300, 1.5], [8, 45301, 2.5]]]);
  });

  it('takes the used range (values only) when the active cell stands alone in empty cells', async () => {
    const init = twoTables({ sheet: 'Data', address: 'K20' });
    init.sheets[0].tables = [];
    const model = createExcelModel(init);
    model.state.sheet('Data').numberFormats.set('30,12', '0.00'); // a formatted but empty cell far out
    const source = await read(model);
    expect([source.address, source.values.length, source.values[5]]).toEqual(['A1:G6', 6, ['a note', '', '', '', '', '', '']]);
  });
});

describe('readSourceData reads in row blocks', () => {
  const rows = 40;
  const init = (): ModelInit => ({
    sheets: [{ name: 'S', cells: [['Customer', 'Date', 'Amount'], ...Array.from({ length: rows }, (_, i) => [`customer ${i}`, 45000 + i, i * 1.25])] }],
    selection: { sheet: 'S', address: 'A1' },
  });

  it('gives the same values with a tiny block budget as in one block, each block response under the budget', async () => {
    const whole = await read(createExcelModel(init()));
    const model = createExcelModel(init());
    const progress: string[] = [];
    const budget = 400;
    const blocked = await read(model, (p) => p.step === 'reading' && progress.push(`${p.block}/${p.blocks}`), budget);
    expect(blocked).toEqual(whole);
    expect(progress.length).toBeGreaterThan(1); // blocks fill the budget: fewer, larger ones
    expect(progress[progress.length - 1]).toBe(`${progress.length}/${progress.length}`);
    const blockResponses = model.stats.responseBytes.slice(-progress.length);
    expect(Math.max(...blockResponses)).toBeLessThanOrEqual(budget);
  });
});

describe('readSourceData into a row sink', () => {
  const init = (): ModelInit => ({
    sheets: [{
      name: 'S',
      cells: [['Customer', 'Amount', 'CX Segment', 'CX R'], ...Array.from({ length: 30 }, (_, i) => [`c${i}`, i, i % 2 ? 'Lost' : 'Champions', 1 + (i % 5)])],
    }],
    selection: { sheet: 'S', address: 'A1' },
  });

  it('hands every row to the sink in order, header first, and keeps only the add-in columns of the data rows', async () => {
    const whole = await read(createExcelModel(init()));
    const got: unknown[][] = [];
    const blocks: number[] = [];
    const sink = { add: async (rows: unknown[][]) => void (blocks.push(rows.length), got.push(...rows)) };
    const source = await createExcelModel(init()).Excel.run((context) => readSourceData(context as never, undefined, 300, undefined, sink as never));
    expect(blocks.length).toBeGreaterThan(1);
    expect(got).toEqual(whole.values);
    expect(source.values).toHaveLength(whole.values.length);
    expect(source.values[0]).toEqual(whole.values[0]);
    // Data rows keep the CX columns at their offsets (what a cancelled re-run restores), nothing else.
    expect(Object.keys(source.values[3])).toEqual(['2', '3']);
    expect([source.values[3][2], source.values[3][3]]).toEqual(whole.values[3].slice(2));
  });

  it('keeps nothing of the data rows when the data has no add-in columns', async () => {
    const model = createExcelModel({ sheets: [{ name: 'S', cells: [['Customer', 'Amount'], ['a', 1], ['b', 2]] }], selection: { sheet: 'S', address: 'A1' } });
    const got: unknown[][] = [];
    const source = await model.Excel.run((context) => readSourceData(context as never, undefined, undefined, undefined, { add: async (rows) => void got.push(...rows) }));
    expect(got).toEqual([['Customer', 'Amount'], ['a', 1], ['b', 2]]);
    expect(source.values).toEqual([['Customer', 'Amount'], [], []]);
  });
});
