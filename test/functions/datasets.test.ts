import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvCells } from '../../src/cli/read-input';
import { main } from '../../src/cli/main';
import { segmentRfm } from '../../src/functions/functions';
import { installCustomFunctions } from '../support/custom-functions';

beforeAll(() => installCustomFunctions());

const SAMPLE = join(__dirname, '..', '..', 'data', 'online-retail-2010-12.csv');

describe('functions and CLI agree on the public datasets', () => {
  it('Online Retail: =CX.SEGMENT.RFM(..., "table") gives the CLI customers CSV', async () => {
    const cells = csvCells(await readFile(SAMPLE, 'utf8'));
    // InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country
    const rows = cells.slice(1);
    const col = (i: number) => rows.map((r) => [r[i]]);
    const amounts = rows.map((r) => [Number(r[3]) * Number(r[5])]);
    const table = segmentRfm(col(6), col(4), amounts, col(0), undefined, undefined, 'table');

    const dir = await mkdtemp(join(tmpdir(), 'cx-fn-'));
    const out = join(dir, 'customers.csv');
    expect(await main(['analyze', SAMPLE, '--customers-out', out, '--quiet'], { stdout: () => undefined, stderr: () => undefined })).toBe(0);
    const csv = (await readFile(out, 'utf8')).trim().split('\n').slice(1).map((l) => l.split(','));
    expect(table.length - 1).toBe(csv.length);
    const fromFunction = table.slice(1).map((r) => [String(r[0]), r[1], r[2], Number(r[3]).toFixed(2), `${r[4]}${r[5]}${r[6]}`, r[8]]);
    const fromCli = csv.map((f) => [f[0], Number(f[1]), Number(f[2]), Number(f[3]).toFixed(2), `${f[4]}${f[5]}${f[6]}`, f[7]]);
    expect(fromFunction).toEqual(fromCli);
  });
});
