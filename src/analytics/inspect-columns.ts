import { CellValue } from './cells';
import { ingestTransactions } from './ingest';
import { Role, REQUIRED_ROLES } from './roles';
import { ColumnMapping, mapTable, resolveRoles } from './table';

/** What the engine makes of one column of the user's table, for the column-mapping step. */
export interface ColumnInspection {
  column: number;
  header: string;
  role?: Role;
  required: boolean;
  empty: number;
  unparseable: number;
  /** A sentence for the user when values could not be read, naming the first row (sheet rows when firstRow is given). */
  problem?: string;
}

const NOUNS: Partial<Record<Role, [string, string]>> = {
  date: ['date', 'dates'], amount: ['amount', 'amounts'], quantity: ['quantity', 'quantities'],
  unitPrice: ['unit price', 'unit prices'], customer: ['customer id', 'customer ids'],
};

function problemOf(role: Role, bad: number, row: number | undefined, empty: number, emptyRow: number | undefined): string | undefined {
  const [one, many] = NOUNS[role] ?? ['value', 'values'];
  const parts: string[] = [];
  if (bad > 0) parts.push(`${bad.toLocaleString('en-US')} ${bad === 1 ? one : many} could not be read, first at row ${row}`);
  if (empty > 0 && REQUIRED_ROLES.includes(role)) parts.push(`${empty.toLocaleString('en-US')} empty, first at row ${emptyRow}`);
  return parts.length ? parts.join('; ') : undefined;
}

/**
 * Every column with its detected (or mapped) role and what coercion would skip. `firstRow` is
 * the sheet row of the header, so problems name the rows the user sees (default 1). When a
 * required role has no column, roles are still given but no counts (the engine cannot run).
 */
export function inspectColumns(values: readonly (readonly CellValue[])[], mapping: ColumnMapping = {}, firstRow = 1): ColumnInspection[] {
  const { headers, roles, missing } = resolveRoles(values, mapping);
  const roleOf = new Map<number, Role>();
  for (const [role, col] of Object.entries(roles) as [Role, number][]) roleOf.set(col, role);
  const quality = new Map(missing.length ? [] : ingestTransactions(mapTable(values, mapping).columns).quality.columns.map((q) => [q.role, q]));
  return headers.map((header, column) => {
    const role = roleOf.get(column);
    const q = role ? quality.get(role) : undefined;
    const at = (r?: number) => (r === undefined ? undefined : r + firstRow);
    return {
      column,
      header,
      role,
      required: role !== undefined && REQUIRED_ROLES.includes(role),
      empty: q?.empty ?? 0,
      unparseable: q?.unparseable ?? 0,
      problem: role && q ? problemOf(role, q.unparseable, at(q.firstUnparseableRow), q.empty, at(q.firstEmptyRow)) : undefined,
    };
  });
}
