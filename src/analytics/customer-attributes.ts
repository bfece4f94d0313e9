import { CellValue } from './cells';
import { AttributeValue, CustomerTable } from './customer-table';
import { AttributeColumn, labelOf } from './dimensions';
import { compareIds, normalizeId } from './ids';
import { Transactions } from './ingest';
import { parseNumber } from './numbers';
import { Role, detectRoles, headerKey } from './roles';
import { AnalysisError } from './errors';

/** Roles that describe the customer rather than the order: resolved to one value per customer. */
export const CUSTOMER_ROLES: readonly Role[] = ['age', 'gender', 'children', 'education', 'income', 'marital', 'language', 'region'];
const NUMERIC_ATTRIBUTES = new Set<string>(['age', 'income']);

/** Counts of each value per customer; the winner is the most frequent value, ties to the smallest value. */
class ValueCounts {
  private readonly counts: (Map<AttributeValue, number> | undefined)[];
  constructor(size: number) {
    this.counts = new Array(size);
  }

  add(customer: number, value: AttributeValue): void {
    const m = (this.counts[customer] ??= new Map());
    m.set(value, (m.get(value) ?? 0) + 1);
  }

  /** One value per customer (null without any) and how many customers had more than one distinct value. */
  resolve(): { values: AttributeValue[]; conflicts: number } {
    let conflicts = 0;
    const values = Array.from(this.counts, (m) => {
      if (!m) return null;
      if (m.size > 1) conflicts++;
      let best: AttributeValue = null;
      let bestCount = 0;
      for (const [v, n] of m) {
        if (n > bestCount || (n === bestCount && compareIds(v as string | number, best as string | number) < 0)) {
          best = v;
          bestCount = n;
        }
      }
      return best;
    });
    return { values, conflicts };
  }
}

function rowValue(column: AttributeColumn, i: number): AttributeValue {
  if (column.kind === 'number') return Number.isNaN(column.values[i]) ? null : column.values[i];
  return column.codes[i] < 0 ? null : column.labels[column.codes[i]];
}

/** Customer-level attributes found on the transaction rows: each customer's most frequent non-blank value. */
export function attributesFromTransactions(tx: Transactions, table: CustomerTable): Record<string, { values: AttributeValue[]; conflicts: number }> {
  const out: Record<string, { values: AttributeValue[]; conflicts: number }> = {};
  for (const role of CUSTOMER_ROLES) {
    const column = tx.attributes[role];
    if (!column) continue;
    const counts = new ValueCounts(table.size);
    for (let i = 0; i < tx.rowCount; i++) {
      const c = tx.customer[i];
      const t = c < 0 ? -1 : table.indexOfKey[c];
      const v = t < 0 ? null : rowValue(column, i);
      if (v !== null) counts.add(t, v);
    }
    out[role] = counts.resolve();
  }
  return out;
}

export interface CustomersTableResult {
  attributes: Record<string, { values: AttributeValue[]; conflicts: number }>;
  /** Rows of the customers table whose id matches no scored customer. */
  unmatchedRows: number;
  /** Scored customers with no row in the customers table. */
  customersWithoutRow: number;
  /** Rows with a blank customer id. */
  blankIdRows: number;
}

function attributeName(header: string, roles: Partial<Record<Role, number>>, col: number): string {
  const role = (Object.keys(roles) as Role[]).find((r) => roles[r] === col);
  return role && CUSTOMER_ROLES.includes(role) ? role : header;
}

function attributeValue(v: CellValue, numeric: boolean): AttributeValue {
  const label = labelOf(v);
  if (label === undefined) return null;
  if (numeric) {
    const x = parseNumber(v);
    return Number.isNaN(x) ? null : x;
  }
  return typeof v === 'number' ? v : label;
}

/**
 * Joins a customers table (header row first) on customer id: every other column becomes an
 * attribute, named by its role when it has one (age, gender…), else by its header.
 */
export function attributesFromCustomersTable(cells: readonly (readonly CellValue[])[], table: CustomerTable): CustomersTableResult {
  if (cells.length === 0) throw new AnalysisError('The customers table is empty.');
  const headers = cells[0].map((h) => String(h ?? '').trim());
  const roles = detectRoles(headers);
  const idCol = roles.customer;
  if (idCol === undefined) throw new AnalysisError(`The customers table has no customer id column. Columns: ${headers.join(', ')}.`);
  const indexOfId = new Map(table.ids.map((id, i) => [id, i]));
  const columns = headers.map((h, col) => ({ col, name: attributeName(h, roles, col) })).filter((c) => c.col !== idCol && headerKey(c.name) !== '');
  const counts = columns.map(() => new ValueCounts(table.size));
  const seen = new Uint8Array(table.size);
  let unmatchedRows = 0;
  let blankIdRows = 0;
  for (let r = 1; r < cells.length; r++) {
    const id = normalizeId(cells[r][idCol]);
    if (id === undefined) {
      blankIdRows++;
      continue;
    }
    const t = indexOfId.get(id);
    if (t === undefined) {
      unmatchedRows++;
      continue;
    }
    seen[t] = 1;
    columns.forEach(({ col, name }, j) => {
      const v = attributeValue(cells[r][col], NUMERIC_ATTRIBUTES.has(name));
      if (v !== null) counts[j].add(t, v);
    });
  }
  const attributes: CustomersTableResult['attributes'] = {};
  columns.forEach(({ name }, j) => (attributes[name] = counts[j].resolve()));
  return { attributes, unmatchedRows, customersWithoutRow: table.size - seen.reduce((s, x) => s + x, 0), blankIdRows };
}
