import { CellValue, isBlank } from '../cells';
import { AnalysisError } from '../errors';
import { parseNumber } from '../numbers';
import { Bound } from './rule-table';

/** A bound as its min and max cells: blank = no bound; a strict bound as ">90" or "<70". */
export function boundCells(b: Bound | undefined): [string | number, string | number] {
  const min = b?.above !== undefined ? `>${b.above}` : b?.min ?? '';
  const max = b?.below !== undefined ? `<${b.below}` : b?.max ?? '';
  return [min, max];
}

const OPERATOR = /^(<=|>=|≤|≥|<|>)?\s*(.*)$/;

/**
 * Reads one min or max cell: "4" or ">=4" in a min column is min 4, ">4" is above 4; "70" or
 * "<=70" in a max column is max 70, "<70" is below 70. `where` names the cell in messages.
 */
export function boundFromCell(v: CellValue, side: 'min' | 'max', where: string): Bound {
  if (isBlank(v)) return {};
  if (typeof v === 'number') return Number.isFinite(v) ? { [side]: v } : notANumber(v, where);
  const text = String(v).trim();
  const [, op = '', rest] = OPERATOR.exec(text)!;
  const x = parseNumber(rest);
  if (Number.isNaN(x)) return notANumber(text, where);
  if (side === 'min') {
    if (op.startsWith('<') || op === '≤') throw new AnalysisError(`${where}: "${text}" is not a lower bound; write ${x}, >=${x} or >${x}.`);
    return op === '>' ? { above: x } : { min: x };
  }
  if (op.startsWith('>') || op === '≥') throw new AnalysisError(`${where}: "${text}" is not an upper bound; write ${x}, <=${x} or <${x}.`);
  return op === '<' ? { below: x } : { max: x };
}

function notANumber(v: unknown, where: string): never {
  throw new AnalysisError(`${where}: "${v}" is not a number.`);
}
