import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli, tempDir } from './run-cli';
import { BOOLEAN_FLAGS, STRING_FLAGS, USAGE } from '../../src/cli/args';

const TEN = join(__dirname, '..', 'fixtures', 'ten-orders.csv');

let dir: string;
beforeEach(async () => {
  dir = await tempDir('cx-flags-');
});

describe('--help', () => {
  it('prints the usage with every flag on stdout and exits 0', async () => {
    expect(await runCli(['--help'])).toEqual({ code: 0, out: USAGE, err: '' });
    for (const flag of [...STRING_FLAGS, ...BOOLEAN_FLAGS]) expect(USAGE).toContain(`--${flag}`);
  });
});

describe("the task pane's options as flags", () => {
  it('--extra-schemes adds a segment column per scheme beside the data, the same segments as --customers-out', async () => {
    const out = join(dir, 'r.xlsx');
    const csv = join(dir, 'c.csv');
    expect((await runCli(['analyze', TEN, '--extra-schemes', 'tiers,rfgrid', '--out', out, '--customers-out', csv, '--quiet'])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const data = wb.getWorksheet('Data')!;
    const row = (n: number) => (data.getRow(n).values as unknown[]).slice(1);
    expect(row(1)).toEqual(['Customer ID', 'Order ID', 'Order Date', 'Amount', 'CX Segment', 'CX R', 'CX F', 'CX M', 'CX Segment (tiers)', 'CX Segment (rfgrid)']);
    const lines = (await readFile(csv, 'utf8')).trim().split('\n').map((l) => l.split(','));
    const col = (name: string) => lines[0].indexOf(name);
    const byId = new Map(lines.slice(1).map((f) => [f[0], f]));
    for (let n = 2; n <= 11; n++) {
      const [id, , , , segment, , , , tiers, rfgrid] = row(n);
      const c = byId.get(id as string)!;
      expect([segment, tiers, rfgrid]).toEqual([c[col('segment')], c[col('segment_tiers')], c[col('segment_rfgrid')]]);
    }
  });

  it('--age-bands sets the edges of the age breakdown, --top the length of the top lists', async () => {
    await writeFile(join(dir, 'people.csv'), 'Customer ID,Age\nA,34\nB,51\nE,29\n');
    const json = join(dir, 'r.json');
    const args = ['analyze', TEN, '--customers', join(dir, 'people.csv'), '--age-bands', '30,50', '--top', '2', '--report-json', json, '--quiet'];
    expect((await runCli(args)).code).toBe(0);
    const report = JSON.parse(await readFile(json, 'utf8'));
    const age = report.sections.breakdowns.find((b: { dimension: string }) => b.dimension === 'age');
    // E 29 below 30; A 34 in 30–49; B 51 from 50; C and D have no row in people.csv
    expect(age.rows.map((r: { group: string; customers: number }) => [r.group, r.customers])).toEqual([['<30', 1], ['30–49', 1], ['50+', 1], ['(blank)', 2]]);
    // monetary: B 100 − 40 = 60, D 50, A 35, E 30, C 22.5
    expect(report.sections.topCustomers.map((r: { customer: string }) => r.customer)).toEqual(['B', 'D']);
  });

  it('--returned-statuses names the status values that mean a return', async () => {
    const orders = join(dir, 'orders.csv');
    await writeFile(orders, 'Customer ID,Order Date,Amount,Status\na,2024-01-01,10,Geliefert\na,2024-01-02,20,Zurück\nb,2024-01-03,5,Geliefert\n');
    const monetary = async (extra: string[]) => {
      const csv = join(dir, 'c.csv');
      expect((await runCli(['analyze', orders, '--customers-out', csv, '--quiet', ...extra])).code).toBe(0);
      return (await readFile(csv, 'utf8')).trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 4).join(','));
    };
    // as-of 2024-01-04, the day after the latest order
    expect(await monetary([])).toEqual(['a,2,2,30', 'b,1,1,5']);
    // A returned row with a positive amount is never revenue: a's last purchase is now 2024-01-01.
    expect(await monetary(['--returned-statuses', 'Zurück'])).toEqual(['a,3,1,10', 'b,1,1,5']);
  });

  it('takes the same options from --config under the flags names', async () => {
    await writeFile(join(dir, 'people.csv'), 'Customer ID,Income\nA,20000\nB,90000\n');
    const config = join(dir, 'cx.json');
    await writeFile(config, JSON.stringify({ 'income-bands': [50000], 'extra-schemes': ['tiers'], top: 1, customers: join(dir, 'people.csv') }));
    const json = join(dir, 'r.json');
    expect((await runCli(['analyze', TEN, '--config', config, '--report-json', json, '--quiet'])).code).toBe(0);
    const report = JSON.parse(await readFile(json, 'utf8'));
    const income = report.sections.breakdowns.find((b: { dimension: string }) => b.dimension === 'income');
    expect(income.rows.map((r: { group: string; customers: number }) => [r.group, r.customers])).toEqual([['<50k', 1], ['50k+', 1], ['(blank)', 3]]);
    expect(report.sections.topCustomers).toHaveLength(1);
  });

  it('exits 2 naming the flag for an unknown extra scheme, band edges out of order or a top that is not a number', async () => {
    const out = ['--customers-out', join(dir, 'c.csv'), '--quiet'];
    expect(await runCli(['analyze', TEN, '--extra-schemes', 'tiers,vip', ...out])).toMatchObject({
      code: 2, err: '--extra-schemes: unknown scheme vip. Use any of rfm, rfgrid, tiers, personas.',
    });
    expect(await runCli(['analyze', TEN, '--age-bands', '30,20', ...out])).toMatchObject({
      code: 2, err: '--age-bands must be ascending numbers separated by commas, such as 18,25,35, not "30,20".',
    });
    expect(await runCli(['analyze', TEN, '--top', 'ten', ...out])).toMatchObject({ code: 2, err: '--top must be a whole number, not "ten".' });
  });
});
