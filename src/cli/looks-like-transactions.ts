import { CellValue, ColumnMapping, Role, detectRoles, detectRolesFromValues, headerKey } from '../analytics';

/**
 * The roles an orders table needs to be picked from a workbook, customer and date, that this block lacks:
 * found as the analysis finds them (headers, the user's --customer/--date names, then values). Empty: it looks like transactions.
 */
export function missingTransactionRoles(values: readonly (readonly CellValue[])[], mapping: ColumnMapping = {}): Role[] {
  if (values.length < 2) return ['customer', 'date'];
  const headers = values[0];
  const roles = detectRoles(headers);
  const absent: Role[] = [];
  for (const role of ['customer', 'date'] as const) {
    const want = mapping[role];
    if (want === undefined) continue;
    const col = typeof want === 'number' ? want : headers.findIndex((h) => headerKey(h) === headerKey(want));
    if (col >= 0 && col < headers.length) roles[role] = col;
    else absent.push(role);
  }
  const found = detectRolesFromValues(values, roles);
  return (['customer', 'date'] as const).filter((r) => found[r] === undefined || absent.includes(r));
}
