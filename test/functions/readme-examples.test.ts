import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CellValue } from '../../src/analytics';
import * as functions from '../../src/functions/functions';
import { installCustomFunctions } from '../support/custom-functions';

beforeAll(() => installCustomFunctions());

const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
const REFERENCE = README.slice(README.indexOf('## Custom functions'), README.indexOf('## Definitions'));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const FUNCTIONS: Record<string, (...args: any[]) => unknown[][]> = {
  'CX.SEGMENT.RFM': functions.segmentRfm,
  'CX.RFM.SCORES': functions.rfmScores,
  'CX.RETURN.RATE': functions.returnRate,
  'CX.TOPN.CUSTOMERS': functions.topnCustomers,
  'CX.KPI': functions.kpi,
};

const cell = (c: string): CellValue => (c !== '' && !Number.isNaN(Number(c)) ? Number(c) : c);
const cells = (line: string) => line.split('|').slice(1, -1).map((c) => c.trim());

/** Markdown tables in order: each a list of rows (header first, the |---| line dropped). */
function tables(text: string): { at: number; rows: string[][] }[] {
  const out: { at: number; rows: string[][] }[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.startsWith('|') || lines[i - 1]?.startsWith('|')) return;
    const rows: string[][] = [];
    for (let j = i; lines[j]?.startsWith('|'); j++) if (!/^\|[-|\s]+\|$/.test(lines[j])) rows.push(cells(lines[j]));
    out.push({ at: text.split('\n').slice(0, i).join('\n').length, rows });
  });
  return out;
}

interface Example {
  formula: string;
  sheet: CellValue[][]; // column A first, row 1 first
  spilled: CellValue[][];
}

/** Two forms: the formula in the sheet's header row spilling below it, or "`=CX…` spills:" followed by the output table. */
function examples(): Example[] {
  const found: Example[] = [];
  let sheet: CellValue[][] = [];
  const all = tables(REFERENCE);
  for (const [k, t] of all.entries()) {
    if (t.rows[0][0] === '' && t.rows[0][1] === 'A') {
      const rows = t.rows.slice(1).map((r) => r.slice(1));
      const at = rows[0].findIndex((c) => c.startsWith('`=CX.'));
      sheet = rows.map((r) => r.map(cell));
      if (at >= 0) found.push({ formula: rows[0][at].replace(/`/g, ''), sheet, spilled: rows.slice(1).map((r) => r.slice(at).map(cell)) });
      continue;
    }
    const before = REFERENCE.slice(all[k - 1]?.at ?? 0, t.at);
    const formulas = [...before.matchAll(/`(=CX\.[A-Z.]+\([^`]*\))`/g)];
    const spilled = t.rows[0][0] === 'Value' ? t.rows.slice(1) : t.rows;
    found.push({ formula: formulas[formulas.length - 1][1], sheet, spilled: spilled.map((r) => r.map(cell)) });
  }
  return found;
}

/** A1:A6 → the column's values; a number literal as it is. */
function argument(sheet: CellValue[][], ref: string): unknown {
  const m = /^([A-Z])(\d+):\1(\d+)$/.exec(ref.trim());
  if (!m) return cell(ref.trim());
  const col = m[1].charCodeAt(0) - 65;
  return sheet.slice(Number(m[2]) - 1, Number(m[3])).map((row) => [row[col] ?? '']);
}

/** README numbers are rounded for reading: compare at the precision shown. */
function asShown(actual: unknown, shown: CellValue): unknown {
  if (typeof actual !== 'number' || typeof shown !== 'number') return actual;
  const decimals = (String(shown).split('.')[1] ?? '').length;
  return decimals === 4 || Math.abs(actual - shown) < 1e-9 ? Number(actual.toFixed(decimals)) : actual;
}

describe('README function examples', () => {
  it('covers every function', () => {
    expect(new Set(examples().map((e) => /^=(CX\.[A-Z.]+)/.exec(e.formula)![1]))).toEqual(new Set(Object.keys(FUNCTIONS)));
  });

  it.each(examples().map((e) => [e.formula, e] as const))('%s spills what the README shows', (_, example) => {
    const m = /^=(CX\.[A-Z.]+)\((.*)\)$/.exec(example.formula)!;
    const out = FUNCTIONS[m[1]](...m[2].split(',').map((ref) => argument(example.sheet, ref)));
    expect(out.map((row, i) => row.map((v, j) => asShown(v, example.spilled[i]?.[j])))).toEqual(example.spilled);
  });
});
