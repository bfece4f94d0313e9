import { AttributeValue } from '../customer-table';
import { DimensionColumn } from '../dimensions';
import { Transactions } from '../ingest';
import { Role } from '../roles';
import { bandLabels, bandOf } from './bands';
import { AnalysisContext, BLANK, roundSums } from './context';
import { ReportRows } from './rows';
import { distinctPerGroup } from './row-index';

/** Items (rows or customers) in labelled groups: code[i] is item i's group, -1 leaves it out. */
export interface Grouping {
  labels: string[];
  code: Int32Array;
}

/** Every used row in one group, "All". */
export function allRows(tx: Transactions): Grouping {
  const code = new Int32Array(tx.rowCount);
  for (let i = 0; i < tx.rowCount; i++) code[i] = tx.customer[i] < 0 ? -1 : 0;
  return { labels: ['All'], code };
}

/** A row-level column's groups: its labels then "(blank)"; skipped rows left out. */
export function columnGrouping(tx: Transactions, col: DimensionColumn): Grouping {
  const blank = col.labels.length;
  const code = new Int32Array(tx.rowCount);
  for (let i = 0; i < tx.rowCount; i++) code[i] = tx.customer[i] < 0 ? -1 : col.codes[i] < 0 ? blank : col.codes[i];
  return { labels: [...col.labels, BLANK], code };
}

const columnCache = new WeakMap<AnalysisContext, Map<Role, Grouping>>();

/** columnGrouping of a mapped category column (null when it is not one), made once per context. */
export function columnGroupingOf(ctx: AnalysisContext, role: Role): Grouping | null {
  const col = ctx.tx.attributes[role];
  if (!col || col.kind !== 'category') return null;
  let byRole = columnCache.get(ctx);
  if (!byRole) columnCache.set(ctx, (byRole = new Map()));
  let g = byRole.get(role);
  if (!g) byRole.set(role, (g = columnGrouping(ctx.tx, col)));
  return g;
}

function bandGrouping(values: readonly AttributeValue[], edges: readonly number[], wholeNumbers: boolean): Grouping {
  const labels = [...bandLabels(edges, wholeNumbers), BLANK];
  const code = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    code[i] = typeof v === 'number' && !Number.isNaN(v) ? bandOf(v, edges) : labels.length - 1;
  }
  return { labels, code };
}

function valueGrouping(values: readonly AttributeValue[]): Grouping {
  const labels: string[] = [];
  const index = new Map<string, number>();
  const code = new Int32Array(values.length);
  let blanks = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === '') {
      code[i] = -1;
      blanks++;
      continue;
    }
    const label = String(v);
    let k = index.get(label);
    if (k === undefined) index.set(label, (k = labels.push(label) - 1));
    code[i] = k;
  }
  if (blanks > 0) {
    const blank = labels.push(BLANK) - 1;
    for (let i = 0; i < code.length; i++) if (code[i] < 0) code[i] = blank;
  }
  return { labels, code };
}

/**
 * Customers grouped by an attribute value: into bands when `edges` are given (a value that is
 * not a number is blank), else one group per value in order of first appearance (customers
 * are in id order, so the order does not depend on the rows); "(blank)" last.
 */
export function attributeGrouping(values: readonly AttributeValue[], edges?: readonly number[], wholeNumbers = true): Grouping {
  return edges ? bandGrouping(values, edges, wholeNumbers) : valueGrouping(values);
}

/**
 * A customer grouping carried onto rows: each row takes its customer's group; rows of
 * customers who are not scored (returns only) have no attribute and go to "(blank)".
 */
export function rowsOfCustomers(tx: Transactions, rows: ReportRows, byCustomer: Grouping): Grouping {
  let blank = byCustomer.labels.indexOf(BLANK);
  const labels = blank < 0 ? [...byCustomer.labels, BLANK] : byCustomer.labels;
  if (blank < 0) blank = labels.length - 1;
  const code = new Int32Array(tx.rowCount);
  for (let i = 0; i < tx.rowCount; i++) {
    const t = rows.customer[i];
    code[i] = tx.customer[i] < 0 ? -1 : t < 0 ? blank : byCustomer.code[t];
  }
  return { labels, code };
}

export interface RowTotals {
  /** Σ row revenue. */
  revenue: Float64Array;
  /** Distinct orders among the group's purchase rows. */
  orders: Float64Array;
  /** Distinct customers with a purchase row in the group. */
  customers: Float64Array;
}

/** Revenue, orders and customers of each group of rows. */
export function rowTotals(rows: ReportRows, g: Grouping): RowTotals {
  const k = g.labels.length;
  const revenue = new Float64Array(k);
  for (let i = 0; i < g.code.length; i++) if (g.code[i] >= 0) revenue[g.code[i]] += rows.revenue[i];
  return {
    revenue: roundSums(revenue),
    orders: distinctPerGroup(rows.byOrder, g.code, k, rows.purchase),
    customers: distinctPerGroup(rows.byCustomer, g.code, k, rows.purchase),
  };
}
