import { lookAtWorkbook } from '../../src/workbook';
import { ModelInit, createExcelModel } from '../excel-model/create-model';

const workbook = (selection: ModelInit['selection']): ModelInit => ({
  sheets: [
    {
      name: 'Orders',
      cells: [
        ['Customer', 'Amount'],
        ['ann', 10],
        ['bob', 20],
        ['cy', 30],
      ],
    },
    {
      name: 'Lists',
      cells: [['Region', 'Manager'], ['North', 'Kim'], ['South', 'Lee']],
      tables: [{ name: 'Managers', address: 'A1:B3' }],
    },
    { name: 'Empty', cells: [] },
  ],
  selection,
});

function install(init: ModelInit) {
  const model = createExcelModel(init);
  (globalThis as Record<string, unknown>).Excel = model.Excel;
  return model;
}

afterEach(() => delete (globalThis as Record<string, unknown>).Excel);

describe('lookAtWorkbook: what the pane shows when it opens', () => {
  it('lists the tables and the block under the selection, and previews that block', async () => {
    install(workbook({ sheet: 'Orders', address: 'B3' }));
    const look = await lookAtWorkbook(undefined, 2);
    expect(look.sources).toEqual({
      underSelection: { sheetName: 'Orders', address: 'A1:B4', rows: 3, columns: 2, tableName: undefined, choice: { sheetName: 'Orders', address: 'A1:B4' } },
      tables: [{ sheetName: 'Lists', address: 'A1:B3', rows: 2, columns: 2, tableName: 'Managers', choice: { tableName: 'Managers' } }],
    });
    expect(look.preview).toEqual({ source: look.sources.underSelection, values: [['Customer', 'Amount'], ['ann', 10], ['bob', 20]], truncated: true });
  });

  it('locates the selection once: fewer syncs than listing and previewing apart', async () => {
    const model = install(workbook({ sheet: 'Orders', address: 'B3' }));
    await lookAtWorkbook(undefined);
    const once = model.stats.syncs;
    model.stats.syncs = 0;
    await lookAtWorkbook({ sheetName: 'Orders', address: 'A1:B4' }); // the same block, chosen: located twice
    expect(once).toBeLessThan(model.stats.syncs);
  });

  it('previews a chosen table while the selection is elsewhere', async () => {
    install(workbook({ sheet: 'Orders', address: 'A1' }));
    const look = await lookAtWorkbook({ tableName: 'Managers' });
    expect(look.sources.underSelection?.address).toBe('A1:B4');
    expect(look.preview.source.tableName).toBe('Managers');
    expect(look.preview.values).toEqual([['Region', 'Manager'], ['North', 'Kim'], ['South', 'Lee']]);
  });

  it('with an empty sheet selected, offers no rows under the selection and still previews a chosen table', async () => {
    install(workbook({ sheet: 'Empty', address: 'C5' }));
    const look = await lookAtWorkbook({ tableName: 'Managers' });
    expect(look.sources.underSelection?.rows).toBe(0);
    expect(look.preview.values[0]).toEqual(['Region', 'Manager']);
  });
});
