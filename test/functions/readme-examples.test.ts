import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CellValue } from '../../src/analytics';
import * as functions from '../../src/functions/functions';
import { installCustomFunctions } from '../support/custom-functions';

beforeAll(() => installCustomFunctions());

const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

/** The worked examples in the README's function reference: each a sheet table whose last column spills a formula. */
const cell = (c: string): CellValue => (c !== '' && !Number.isNaN(Number(c)) ? Number(c) : c);

/** Each example: a sheet whose header row holds the formula in one cell; it spills down and right from there. */
function examples(): { formula: string; inputs: CellValue[][]; spilled: CellValue[][] }[] {
  const found = [];
  for (const block of README.split(/\n(?=###\s)/)) {
    const rows = block.split('\n').filter((l) => /^\|\s*\d+\s*\|/.test(l)).map((l) => l.split('|').slice(2, -1).map((c) => c.trim()));
    if (rows.length < 2) continue;
    const at = rows[0].findIndex((c) => c.startsWith('`=CX.'));
    const formula = rows[0][at].replace(/`/g, '');
    found.push({ formula, inputs: rows.slice(1).map((r) => r.slice(0, at).map(cell)), spilled: rows.slice(1).map((r) => r.slice(at).map(cell)) });
  }
  return found;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const FUNCTIONS: Record<string, (...args: any[]) => unknown[][]> = {
  'CX.SEGMENT.RFM': functions.segmentRfm,
  'CX.RFM.SCORES': functions.rfmScores,
};

describe('README function examples', () => {
  it('has at least one worked example', () => expect(examples().length).toBeGreaterThan(0));

  it.each(examples().map((e) => [e.formula, e] as const))('%s spills what the README shows', (_, example) => {
    const m = /^=(CX\.[A-Z.]+)\((.*)\)$/.exec(example.formula)!;
    const col = (ref: string) => example.inputs.map((row) => [row[ref.charCodeAt(0) - 65]]);
    const args = m[2].split(',').map((ref) => col(ref.trim()));
    expect(FUNCTIONS[m[1]](...args)).toEqual(example.spilled);
  });
});
