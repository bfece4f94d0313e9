import { CellValue, ColumnRef } from './cells';
import { AnalysisError } from './errors';
import { TransactionColumns } from './ingest';
import { REQUIRED_ROLES, Role, detectRoles, headerKey } from './roles';
import { detectRolesFromValues } from './detect-from-values';

/** Role → column, by header text or 0-based column index. */
export type ColumnMapping = Partial<Record<Role, string | number>>;

export interface MappedTable {
  headers: string[];
  /** Role → column index, after detection and the caller's overrides. */
  roles: Partial<Record<Role, number>>;
  columns: TransactionColumns;
}

function resolveColumn(headers: string[], role: Role, want: string | number): number {
  if (typeof want === 'number') {
    if (want >= 0 && want < headers.length) return want;
    throw new AnalysisError(`Column ${want + 1} mapped to ${role} does not exist (the table has ${headers.length} columns).`);
  }
  const key = headerKey(want);
  const col = headers.findIndex((h) => headerKey(h) === key);
  if (col < 0) throw new AnalysisError(`No column named "${want}" for ${role}. Columns: ${headers.join(', ')}.`);
  return col;
}

/** A mapping value that says "no column has this role" (the user turned detection off for it). */
export const NO_COLUMN = -1;

export interface ResolvedRoles {
  headers: string[];
  roles: Partial<Record<Role, number>>;
  /** Required roles no column has. */
  missing: Role[];
}

/** Roles detected from the headers (then from values), overridden by `mapping`; never throws for a missing role. */
export function resolveRoles(values: readonly (readonly CellValue[])[], mapping: ColumnMapping = {}): ResolvedRoles {
  if (values.length === 0) throw new AnalysisError('The table is empty: it needs a header row and at least one data row.');
  const headers = values[0].map((h) => String(h ?? '').trim());
  const roles = detectRoles(headers);
  const off: Role[] = [];
  for (const [role, want] of Object.entries(mapping) as [Role, string | number][]) {
    if (want === undefined || want === '') continue;
    if (want === NO_COLUMN) {
      off.push(role);
      delete roles[role];
      continue;
    }
    const col = resolveColumn(headers, role, want);
    for (const r of Object.keys(roles) as Role[]) if (roles[r] === col) delete roles[r];
    roles[role] = col;
  }
  Object.assign(roles, detectRolesFromValues(values, roles));
  for (const role of off) delete roles[role];
  const hasAmount = roles.amount !== undefined || (roles.quantity !== undefined && roles.unitPrice !== undefined);
  const missing = REQUIRED_ROLES.filter((r) => roles[r] === undefined && !(r === 'amount' && hasAmount));
  return { headers, roles, missing };
}

/**
 * Maps a 2D block whose first row is the header to transaction columns:
 * roles detected from the headers, then overridden by `mapping`.
 */
export function mapTable(values: readonly (readonly CellValue[])[], mapping: ColumnMapping = {}): MappedTable {
  const { headers, roles, missing } = resolveRoles(values, mapping);
  if (missing.length > 0) {
    throw new AnalysisError(
      `Could not find the ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}. ` +
        `Columns: ${headers.join(', ')}. Map ${missing.length > 1 ? 'them' : 'it'} by hand.`,
    );
  }
  const columns = {} as TransactionColumns;
  for (const [role, col] of Object.entries(roles) as [Role, number][]) {
    const ref: ColumnRef = { rows: values, col, start: 1, end: values.length };
    columns[role] = ref;
  }
  return { headers, roles, columns };
}
