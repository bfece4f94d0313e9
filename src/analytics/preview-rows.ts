import { CellValue, isBlank } from './cells';
import { detectDayMonthOrder, isoFromSerial, parseDay } from './dates';
import { normalizeId } from './ids';
import { parseNumber } from './numbers';
import { Role } from './roles';
import { ColumnMapping, resolveRoles } from './table';

/** One preview cell: what the engine reads from the user's cell, or that it cannot read it. */
export interface PreviewCell {
  value: string | number | null;
  unreadable: boolean;
}

const NUMBER_ROLES: Role[] = ['amount', 'quantity', 'unitPrice', 'age', 'income', 'rating'];

function readAs(role: Role | undefined, v: CellValue, order: 'mdy' | 'dmy'): PreviewCell {
  if (v === null || v === undefined || isBlank(v)) return { value: null, unreadable: false };
  if (role === 'date') {
    const day = parseDay(v, order);
    return Number.isNaN(day) ? { value: String(v), unreadable: true } : { value: isoFromSerial(day), unreadable: false };
  }
  if (role && NUMBER_ROLES.includes(role)) {
    const x = parseNumber(v);
    return Number.isNaN(x) ? { value: String(v), unreadable: true } : { value: x, unreadable: false };
  }
  if (role === 'customer') {
    const id = normalizeId(v);
    return { value: String(id ?? v), unreadable: id === undefined };
  }
  // Ids and codes are shown as they are: 536365, not 536,365.
  return { value: String(v), unreadable: false };
}

/** The first `count` data rows as the engine will read them: dates as ISO days, amounts as numbers, ids normalized (as text). */
export function previewRows(values: readonly (readonly CellValue[])[], mapping: ColumnMapping = {}, count = 5): PreviewCell[][] {
  const { headers, roles } = resolveRoles(values, mapping);
  const roleOf: (Role | undefined)[] = headers.map(() => undefined);
  for (const [role, col] of Object.entries(roles) as [Role, number][]) roleOf[col] = role;
  const dateCol = roles.date;
  const order = dateCol === undefined ? 'mdy' : detectDayMonthOrder(values.slice(1).map((r) => r[dateCol]));
  return values.slice(1, 1 + count).map((row) => headers.map((_, j) => readAs(roleOf[j], row[j], order)));
}
