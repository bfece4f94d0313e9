import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CellValue } from '../../src/analytics';
import * as functions from '../../src/functions/functions';
import { installCustomFunctions } from '../support/custom-functions';

beforeAll(() => installCustomFunctions());

const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

/** The worked examples in the README's function reference: each a sheet table whose last column spills a formula. */
function examples(): { formula: string; inputs: CellValue[][]; spilled: string[] }[] {
  const found = [];
  for (const block of README.split(/\n(?=###\s)/)) {
    const rows = block.split('\n').filter((l) => /^\|\s*\d+\s*\|/.test(l)).map((l) => l.split('|').slice(2, -1).map((c) => c.trim()));
    if (rows.length < 2) continue;
    const formula = rows[0][rows[0].length - 1].replace(/`/g, '');
    const inputs = rows.slice(1).map((r) => r.slice(0, -1).map((c) => (c !== '' && !Number.isNaN(Number(c)) ? Number(c) : c)));
    found.push({ formula, inputs, spilled: rows.slice(1).map((r) => r[r.length - 1]) });
  }
  return found;
}

describe('README function examples', () => {
  it('has at least one worked example', () => expect(examples().length).toBeGreaterThan(0));

  it.each(examples().map((e) => [e.formula, e] as const))('%s spills what the README shows', (_, example) => {
    const m = /^=CX\.SEGMENT\.RFM\(([A-Z])\d+:\1\d+,([A-Z])\d+:\2\d+,([A-Z])\d+:\3\d+\)$/.exec(example.formula);
    expect(m).not.toBeNull();
    const col = (letter: string) => example.inputs.map((row) => [row[letter.charCodeAt(0) - 65]]);
    const out = functions.segmentRfm(col(m![1]), col(m![2]), col(m![3]));
    expect(out.map((r) => r[0])).toEqual(example.spilled);
  });
});
