/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { officeTheme } from '../../src/taskpane/office-host';
import { excelWorkbook } from '../../src/taskpane/workbook-api';
import { createExcelModel, ExcelModel, ModelInit } from '../excel-model/create-model';
import { TEN_ORDERS } from '../analytics/ten-orders';
import { renderPane } from './render';

function install(init: ModelInit): ExcelModel {
  const model = createExcelModel(init);
  const g = globalThis as Record<string, unknown>;
  g.Excel = model.Excel;
  g.Office = model.Office;
  return model;
}

const ordersInit = (extra: Partial<ModelInit> = {}): ModelInit => ({
  sheets: [{ name: 'Orders', cells: TEN_ORDERS, tables: [{ name: 'Orders', address: 'A1:D11' }] }],
  selection: { sheet: 'Orders', address: 'B4' },
  ...extra,
});

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
});

describe('the pane over the in-memory Excel', () => {
  it('finds the table, analyzes it and shows the results with links to the sheets', async () => {
    const model = install(ordersInit());
    renderPane(<App host="excel" workbook={excelWorkbook} />);
    await screen.findByText('Found: Table Orders on Orders!A1:D11, 10 rows × 4 columns.');
    await userEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    await screen.findByText('Done', {}, { timeout: 20000 });
    expect(screen.getByText(/Segmented 5 customers from 10 rows of Orders!A1:D11, as of 2024-04-01/)).toBeTruthy();
    // The hand-checked totals of TEN_ORDERS: revenue 197.5 over 8 orders.
    expect(screen.getByLabelText('Revenue: 197.50')).toBeTruthy();
    expect(screen.getByLabelText('Customers: 5')).toBeTruthy();
    expect(screen.getByLabelText('Average order: 24.69')).toBeTruthy();
    expect(screen.getByText('5 customers placed 8 orders worth 197.5, 24.69 per order on average.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'CX Rules' }));
    await waitFor(() => expect(model.state.sheets.find((s) => s.id === model.state.activeSheetId)!.name).toBe('CX Rules'));
    // Options and the pinned table are kept with the document.
    expect((globalThis as unknown as { Office: typeof Office }).Office.context.document.settings.get('cxSegments.options')).toMatchObject({ scheme: 'rfm', bins: 5 });
  });

  it('shows the as-of date a blank field stands for, from the data', async () => {
    install(ordersInit());
    renderPane(<App host="excel" workbook={excelWorkbook} />);
    await screen.findByText(/^Found: /);
    await userEvent.click(screen.getByRole('button', { name: '3. Options' }));
    // The latest order of TEN_ORDERS is 2024-03-31 (O8), so the run's as-of is 2024-04-01.
    expect(screen.getByText('Blank: the day after the latest order, 2024-04-01.')).toBeTruthy();
  });

  it('shows a failed run as an error that says what to do, and changes nothing', async () => {
    const model = install(ordersInit({ sheets: [...ordersInit().sheets, { name: 'CX Dashboard', cells: [['My own notes']] }] }));
    const before = model.snapshot();
    renderPane(<App host="excel" workbook={excelWorkbook} />);
    await screen.findByText(/^Found: /);
    await userEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    await screen.findByText('Could not analyze', {}, { timeout: 20000 });
    expect(screen.getByText(/A sheet named "CX Dashboard" already exists and CX Segments did not write it, so it was left untouched. Rename or move that sheet, then analyze again./)).toBeTruthy();
    expect(model.snapshot()).toBe(before);
  });

  it('refuses band edges that are not numbers, naming the field', async () => {
    install(ordersInit());
    renderPane(<App host="excel" workbook={excelWorkbook} />);
    await screen.findByText(/^Found: /);
    await userEvent.click(screen.getByRole('button', { name: '3. Options' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Age band edges/ }), '20, thirty');
    await userEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    await screen.findByText('Age band edges: "thirty" is not a number. Type edges such as 25, 35, 50, 65.');
  });

  it('says the data could not be read when a picked table is gone', async () => {
    install(ordersInit());
    (globalThis as unknown as { Office: typeof Office }).Office.context.document.settings.set('cxSegments.options', { source: { tableName: 'Gone' } });
    renderPane(<App host="excel" workbook={excelWorkbook} />);
    await screen.findByText('There is no table named "Gone" in this workbook any more: pick the data again.');
    expect((screen.getByRole('button', { name: 'Analyze' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('warns when the rules used from CX Rules stop short of the score levels chosen', async () => {
    install(ordersInit());
    const settings = (globalThis as unknown as { Office: typeof Office }).Office.context.document.settings;
    settings.set('cxSegments.options', { bins: 3 });
    const first = renderPane(<App host="excel" workbook={excelWorkbook} />);
    await screen.findByText(/^Found: /);
    await userEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    await screen.findByText('Done', {}, { timeout: 20000 });
    expect(screen.queryByText('Your rules in CX Rules')).toBeNull(); // built-in tables: no warnings shown
    first.unmount();
    // The pane opened again finds the data it analyzed, though the dashboard is now active.
    expect(settings.get('cxSegments.options')).toMatchObject({ bins: 3, source: { tableName: 'Orders' } });
    // CX Rules holds the rfm table restated for 3 levels; the user switches to 5 and uses it.
    settings.set('cxSegments.options', { ...(settings.get('cxSegments.options') as object), bins: 5, useSheetRules: true });
    renderPane(<App host="excel" workbook={excelWorkbook} />);
    await screen.findByText(/^Found: /);
    await userEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    await screen.findByText('Your rules in CX Rules', {}, { timeout: 20000 });
    expect(screen.getByText('No rule tests a score above 3, but scores run from 1 to 5: is the table written for 3 levels?')).toBeTruthy();
  });

  it('outside Excel, explains where it runs', () => {
    renderPane(<App host="outside" workbook={excelWorkbook} />);
    expect(screen.getByText('CX Segments runs inside Excel')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Analyze' })).toBeNull();
  });
});

describe('officeTheme', () => {
  it.each([['colorful', webLightTheme], ['dark', webDarkTheme], ['black', webDarkTheme]] as const)('follows Office’s %s theme', (theme, expected) => {
    install(ordersInit({ theme }));
    expect(officeTheme()).toBe(expected);
  });
});
