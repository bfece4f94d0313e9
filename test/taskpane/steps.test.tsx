/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ColumnsStep } from '../../src/taskpane/ColumnsStep';
import { DataStep } from '../../src/taskpane/DataStep';
import { RunPanel } from '../../src/taskpane/RunPanel';
import { NO_COLUMN } from '../../src/analytics/table';
import type { SourceInfo, SourcePreview } from '../../src/workbook';
import { renderPane } from './render';

const orders: SourceInfo = { sheetName: 'Orders', address: 'A3:D7', rows: 4, columns: 4, tableName: 'Sales', choice: { tableName: 'Sales' } };
const people: SourceInfo = { sheetName: 'People', address: 'A1:C50', rows: 49, columns: 3, tableName: 'People', choice: { tableName: 'People' } };

const preview = (values: SourcePreview['values'], truncated = false): SourcePreview => ({ source: orders, values, truncated });
const VALUES = [
  ['Customer ID', 'Order Date', 'Amount', 'Region'],
  ['C1', '2024-01-05', 10, 'North'],
  ['C2', 'soon', 'ten', 'South'],
  ['C1', '2024-02-01', 5.5, ''],
  ['C3', 'later', 7, 'North'],
];

describe('Data step', () => {
  it('says what was found and offers the tables, the customers table apart from the data', async () => {
    const onChoose = jest.fn();
    const onCustomers = jest.fn();
    renderPane(
      <DataStep sources={{ underSelection: orders, tables: [orders, people] }} current={orders} disabled={false} onChoose={onChoose} onCustomers={onCustomers} onRefresh={() => undefined} />,
    );
    expect(screen.getByText('Found: Table Sales on Orders!A3:D7, 4 rows × 4 columns.')).toBeTruthy();
    await userEvent.click(screen.getByRole('combobox', { name: 'Data to analyze' }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Under the selection: Orders!A3:D7', 'Table Sales (Orders!A3:D7)', 'Table People (People!A1:C50)',
    ]);
    await userEvent.click(screen.getByRole('option', { name: 'Table People (People!A1:C50)' }));
    expect(onChoose).toHaveBeenCalledWith({ tableName: 'People' });
    await userEvent.click(screen.getByRole('combobox', { name: /Customers table/ }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['None', 'People (People!A1:C50)']);
    await userEvent.click(screen.getByRole('option', { name: 'People (People!A1:C50)' }));
    expect(onCustomers).toHaveBeenCalledWith('People');
  });

  it('tells the user what to do when nothing is under the selection', () => {
    renderPane(<DataStep sources={{ tables: [] }} disabled={false} onChoose={() => undefined} onCustomers={() => undefined} onRefresh={() => undefined} />);
    expect(screen.getByText(/No data found under the selection: click into your order table/)).toBeTruthy();
    expect(screen.getByText(/This workbook has no Excel tables/)).toBeTruthy();
  });
});

describe('Columns step', () => {
  it('gives each column its role and puts problems next to their column, in sheet rows', () => {
    renderPane(<ColumnsStep preview={preview(VALUES)} mapping={{}} disabled={false} onMapping={() => undefined} />);
    expect(screen.getByRole('combobox', { name: 'Role of column Customer ID' }).textContent).toBe('Customer id (required)');
    expect(screen.getByRole('combobox', { name: 'Role of column Region' }).textContent).toBe('Region / country');
    // The header is sheet row 3, so data row 2 is sheet row 5.
    expect(screen.getByText('2 dates could not be read, first at row 5')).toBeTruthy();
    expect(screen.getByText('1 amount could not be read, first at row 5')).toBeTruthy();
    const rows = within(screen.getByRole('region', { name: /Preview/ })).getAllByRole('row');
    expect(rows.map((r) => Array.from(r.querySelectorAll('th,td')).map((c) => c.textContent))).toEqual([
      ['Customer ID', 'Order Date', 'Amount', 'Region'],
      ['C1', '2024-01-05', '10', 'North'],
      ['C2', 'soon (unreadable)', 'ten (unreadable)', 'South'],
      ['C1', '2024-02-01', '5.5', ''],
      ['C3', 'later (unreadable)', '7', 'North'],
    ]);
    expect(screen.getByText('Checked all 4 rows.')).toBeTruthy();
  });

  it('changes a role from the dropdown: the new role points at the column, the old one is turned off', async () => {
    const onMapping = jest.fn();
    renderPane(<ColumnsStep preview={preview(VALUES)} mapping={{}} disabled={false} onMapping={onMapping} />);
    await userEvent.click(screen.getByRole('combobox', { name: 'Role of column Region' }));
    await userEvent.click(screen.getByRole('option', { name: 'Channel' }));
    expect(onMapping).toHaveBeenCalledWith({ region: NO_COLUMN, channel: 'Region' });
  });

  it('warns when a required role has no column, and says a preview was partial', () => {
    renderPane(<ColumnsStep preview={preview(VALUES, true)} mapping={{ customer: NO_COLUMN }} disabled={false} onMapping={() => undefined} />);
    expect(screen.getByText('No column is the customer id: give that role to a column below.')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Role of column Customer ID' }).textContent).toBe('Not used');
    expect(screen.getByText(/Checked the first 4 of 4 rows; Analyze reads them all/)).toBeTruthy();
  });

  it('says so when the data has no rows', () => {
    renderPane(<ColumnsStep preview={preview([])} mapping={{}} disabled={false} onMapping={() => undefined} />);
    expect(screen.getByText(/The data is empty/)).toBeTruthy();
  });
});

describe('Run panel', () => {
  it('shows the step and a Cancel button while running, Analyze disabled', async () => {
    const onCancel = jest.fn();
    renderPane(<RunPanel running cancelling={false} progress={{ step: 'reading', block: 2, blocks: 5 }} canRun onAnalyze={() => undefined} onCancel={onCancel} />);
    expect((screen.getByRole('button', { name: 'Analyze' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Reading block 2 of 5…')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0.24');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('shows no progress when idle, and Analyze waits for a runnable mapping', () => {
    renderPane(<RunPanel running={false} cancelling={false} canRun={false} onAnalyze={() => undefined} onCancel={() => undefined} />);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Analyze' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
