import { previewRows } from '../../src/analytics/preview-rows';
import { inspectColumns, resolveRoles, NO_COLUMN } from '../../src/analytics';

const values = [
  ['Customer ID', 'Invoice Date', 'Revenue', 'Country'],
  ['17850.0', 45292, '$1,234.50', 'UK'],
  [12345, '15/03/2024', 'ten', ''],
  ['', '2024-03-01 10:15', -40, 'France'],
];

describe('previewRows', () => {
  it('shows cells as the engine reads them: ids normalized, dates as ISO days, amounts as numbers', () => {
    expect(previewRows(values)).toEqual([
      [{ value: '17850', unreadable: false }, { value: '2024-01-01', unreadable: false }, { value: 1234.5, unreadable: false }, { value: 'UK', unreadable: false }],
      [{ value: '12345', unreadable: false }, { value: '2024-03-15', unreadable: false }, { value: 'ten', unreadable: true }, { value: null, unreadable: false }],
      [{ value: null, unreadable: false }, { value: '2024-03-01', unreadable: false }, { value: -40, unreadable: false }, { value: 'France', unreadable: false }],
    ]);
  });

  it('reads a column by the role the user gave it, and stops at count rows', () => {
    const rows = previewRows(values, { product: 'Revenue', amount: NO_COLUMN }, 1);
    expect(rows).toEqual([[{ value: '17850', unreadable: false }, { value: '2024-01-01', unreadable: false }, { value: '$1,234.50', unreadable: false }, { value: 'UK', unreadable: false }]]);
  });
});

describe('resolveRoles', () => {
  it('lists the required roles no column has, without throwing', () => {
    expect(resolveRoles([['Name', 'When'], ['x', 'y']])).toEqual({ headers: ['Name', 'When'], roles: {}, missing: ['customer', 'date', 'amount'] });
  });

  it('turns a detected role off with NO_COLUMN, even when values would suggest it', () => {
    const { roles, missing } = resolveRoles(values, { date: NO_COLUMN });
    expect(roles.date).toBeUndefined();
    expect(missing).toEqual(['date']);
  });
});

describe('inspectColumns when a required column is missing', () => {
  it('still gives every column its role, with no counts', () => {
    expect(inspectColumns(values, { customer: NO_COLUMN }).map((c) => [c.header, c.role, c.problem])).toEqual([
      ['Customer ID', undefined, undefined], ['Invoice Date', 'date', undefined], ['Revenue', 'amount', undefined], ['Country', 'region', undefined],
    ]);
  });
});
