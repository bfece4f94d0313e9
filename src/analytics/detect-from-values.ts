import { CellValue, isBlank } from './cells';
import { parseDay } from './dates';
import { parseNumber } from './numbers';
import { Role } from './roles';

const SAMPLE = 200;

function sample(values: readonly (readonly CellValue[])[], col: number): CellValue[] {
  const out: CellValue[] = [];
  for (let r = 1; r < values.length && out.length < SAMPLE; r++) if (!isBlank(values[r][col])) out.push(values[r][col]);
  return out;
}

const mostly = (cells: CellValue[], test: (v: CellValue) => boolean) => cells.length > 0 && cells.filter(test).length >= 0.8 * cells.length;

/** Text dates only: numbers could be serials or amounts, so a number column is never taken for dates by its values. */
const looksLikeDate = (v: CellValue) => typeof v === 'string' && !Number.isNaN(parseDay(v));
const looksLikeMoney = (v: CellValue) => !Number.isNaN(parseNumber(v)) && !looksLikeDate(v);

/**
 * With an order column, the customer is the column that holds one value on every line of an
 * order (a product code changes from line to line): among the candidates, the one whose value
 * agrees within at least 90% of the sampled multi-line orders, the most varied first (a
 * country agrees within orders too, but has few values).
 */
function sameOnEveryLine(values: readonly (readonly CellValue[])[], orderCol: number, candidates: number[]): number | undefined {
  const rows = values.slice(1, 1 + 20 * SAMPLE).filter((r) => !isBlank(r[orderCol]));
  const byOrder = new Map<string, (readonly CellValue[])[]>();
  for (const r of rows) {
    const key = String(r[orderCol]);
    const lines = byOrder.get(key);
    if (lines) lines.push(r);
    else byOrder.set(key, [r]);
  }
  const multi = [...byOrder.values()].filter((lines) => lines.length > 1);
  if (multi.length === 0) return undefined;
  const agreeing = (c: number) => multi.filter((lines) => lines.every((r) => String(r[c]) === String(lines[0][c]))).length / multi.length;
  const variety = (c: number) => new Set(rows.map((r) => String(r[c]))).size;
  const fits = candidates.filter((c) => agreeing(c) >= 0.9);
  return fits.sort((a, b) => variety(b) - variety(a))[0];
}

/**
 * Fills in the required roles the headers did not give, from the values of the columns left:
 * text dates for the date, numbers with decimals for the amount, repeated ids for the customer
 * (the one constant within each order, when there is an order column).
 */
export function detectRolesFromValues(values: readonly (readonly CellValue[])[], found: Partial<Record<Role, number>>): Partial<Record<Role, number>> {
  const roles = { ...found };
  const taken = () => new Set(Object.values(roles));
  const free = () => Array.from({ length: values[0]?.length ?? 0 }, (_, c) => c).filter((c) => !taken().has(c));
  if (roles.date === undefined) roles.date = free().find((c) => mostly(sample(values, c), looksLikeDate));
  if (roles.amount === undefined && roles.quantity === undefined) {
    roles.amount = free().find((c) => {
      const cells = sample(values, c);
      return mostly(cells, looksLikeMoney) && cells.some((v) => !Number.isInteger(parseNumber(v)));
    });
  }
  if (roles.customer === undefined) {
    const candidates = free().filter((c) => {
      const cells = sample(values, c);
      const distinct = new Set(cells.map(String)).size;
      return cells.length >= 4 && distinct < cells.length && !mostly(cells, (v) => !Number.isInteger(parseNumber(v)) && looksLikeMoney(v));
    });
    roles.customer = roles.order === undefined ? candidates[0] : sameOnEveryLine(values, roles.order, candidates) ?? candidates[0];
  }
  for (const r of Object.keys(roles) as Role[]) if (roles[r] === undefined) delete roles[r];
  return roles;
}
