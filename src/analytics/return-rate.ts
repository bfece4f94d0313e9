import { ColumnRef, cellAt, columnLength, isBlank, isExcelError } from './cells';
import { labelOf } from './dimensions';
import { parseNumber } from './numbers';
import { isReturnedStatus } from './returns';

export const UNKNOWN_STATUS_GROUP = '(unknown status)';

export interface ReturnRateGroup {
  group: string;
  /** Orders (rows) with a known status. */
  orders: number;
  returned: number;
  /** returned ÷ orders; null when no order has a known status. */
  rate: number | null;
  /** Σ |amount| of returned rows (0 without amounts). */
  returnedRevenue: number;
}

export interface ReturnRateResult {
  overall: ReturnRateGroup;
  /** Per group in order of first appearance, when groups are given. */
  groups: ReturnRateGroup[];
  /** Rows whose status is empty: their own group, never folded into "not returned". */
  unknownStatus: number;
}

const newGroup = (group: string): ReturnRateGroup => ({ group, orders: 0, returned: 0, rate: null, returnedRevenue: 0 });

/** Return rate over rows (one row per order): returned statuses ÷ known statuses, overall and per group. */
export function returnRate(statuses: ColumnRef, options: { groups?: ColumnRef; amounts?: ColumnRef; returnedValues?: string[] } = {}): ReturnRateResult {
  const overall = newGroup('All');
  const groups = new Map<string, ReturnRateGroup>();
  let unknown = 0;
  for (let i = 0; i < columnLength(statuses); i++) {
    const s = cellAt(statuses, i);
    if (isBlank(s) || isExcelError(s)) {
      unknown++;
      continue;
    }
    const returned = isReturnedStatus(String(s), options.returnedValues);
    const amount = options.amounts ? parseNumber(cellAt(options.amounts, i)) : NaN;
    const targets = [overall];
    if (options.groups) {
      const label = labelOf(cellAt(options.groups, i)) ?? '(blank)';
      if (!groups.has(label)) groups.set(label, newGroup(label));
      targets.push(groups.get(label)!);
    }
    for (const g of targets) {
      g.orders++;
      if (returned) {
        g.returned++;
        if (!Number.isNaN(amount)) g.returnedRevenue += Math.abs(amount);
      }
    }
  }
  for (const g of [overall, ...groups.values()]) g.rate = g.orders === 0 ? null : g.returned / g.orders;
  return { overall, groups: [...groups.values()], unknownStatus: unknown };
}
