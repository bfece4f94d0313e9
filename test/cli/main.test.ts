import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runCli, tempDir } from './run-cli';

const FIXTURES = join(__dirname, '..', 'fixtures');

let dir: string;
beforeEach(async () => {
  dir = await tempDir('cx-cli-');
});

describe('cx-segments analyze', () => {
  it('writes exactly the hand-checked customers CSV for the 10-row file', async () => {
    const csv = join(dir, 'customers.csv');
    const { code } = await runCli(['analyze', join(FIXTURES, 'ten-orders.csv'), '--customers-out', csv, '--quiet']);
    expect(code).toBe(0);
    expect(await readFile(csv, 'utf8')).toBe(await readFile(join(FIXTURES, 'ten-orders.expected.csv'), 'utf8'));
  });

  it('reads an .xlsx input and writes the Data and CX sheets to --out', async () => {
    const input = new ExcelJS.Workbook();
    const ws = input.addWorksheet('Orders');
    ws.addRow(['Client', 'When', 'Value']);
    ws.addRow(['=cmd', new Date(Date.UTC(2024, 0, 1)), 10]);
    ws.addRow(['bob', new Date(Date.UTC(2024, 0, 5)), 30]);
    await input.xlsx.writeFile(join(dir, 'in.xlsx'));
    const out = join(dir, 'report.xlsx');
    const { code } = await runCli([
      'analyze', join(dir, 'in.xlsx'), '--customer', 'Client', '--date', 'When', '--amount', 'Value', '--out', out, '--quiet',
    ]);
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Data', 'CX Dashboard', 'CX Customers', 'CX Breakdowns', 'CX Data Quality', 'CX Rules']);
    const sheet = wb.getWorksheet('CX Customers')!;
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1, 10);
    expect(row(1)).toEqual(['2 customers, as of 2024-01-06']);
    expect(row(2)).toEqual(['Customer', 'Recency (days)', 'Frequency', 'Monetary', 'R', 'F', 'M', 'RFM', 'Segment']);
    // as-of 2024-01-06: "=cmd" bought 5 days before, bob 1 day before; ids sort by code point ("=" < "b").
    // Two customers in 5 bins fill buckets 1 and 2: R1 F1 M1 is Lost, R2 F2 M2 Need Attention.
    expect(row(3)).toEqual(['=cmd', 5, 1, 10, 1, 1, 1, '111', 'Lost']);
    expect(row(4)).toEqual(['bob', 1, 1, 30, 2, 2, 2, '222', 'Need Attention']);
    expect(sheet.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('D3').numFmt).toBe('#,##0.00');
    const data = wb.getWorksheet('Data')!;
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(['Client', 'When', 'Value', 'CX Segment', 'CX R', 'CX F', 'CX M']);
    expect((data.getRow(2).values as unknown[]).slice(4)).toEqual(['Lost', 1, 1, 1]);
    expect(sheet.getTable('CXCustomers')).toBeDefined();
  });

  it('says where the workbook is and what it holds: sheets, rows, customers, charts', async () => {
    const path = join(dir, 'report.xlsx');
    const { code, out } = await runCli(['analyze', join(FIXTURES, 'ten-orders.csv'), '--out', path, '--quiet']);
    expect(code).toBe(0);
    const lines = out.split('\n');
    const zip = await JSZip.loadAsync(await readFile(path));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).length;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(lines[0]).toBe(`Wrote ${path}`);
    expect(lines.slice(1, -1).map((l) => l.trim().split(/\s{2,}/)[0])).toEqual(wb.worksheets.map((w) => w.name));
    expect(lines[1]).toBe('  Data             10 rows of input with CX Segment, CX R, CX F, CX M');
    expect(lines.find((l) => l.startsWith('  CX Customers'))).toBe('  CX Customers     5 customers, 1 table');
    expect(lines[lines.length - 1]).toBe(`  5 customers scored as of 2024-04-01; ${charts} native charts in all`);
    expect(charts).toBeGreaterThan(0);
  });

  it('runs the bundled Online Retail sample and agrees with sums computed here', async () => {
    const csv = join(dir, 'c.csv');
    const { code, err } = await runCli(['analyze', join(__dirname, '..', '..', 'data', 'online-retail-2010-12.csv'), '--customers-out', csv]);
    expect(code).toBe(0);
    const text = await readFile(join(__dirname, '..', '..', 'data', 'online-retail-2010-12.csv'), 'utf8');
    // Independent sum: customers with a positive-quantity line, revenue = Σ quantity × price over rows with a customer.
    const lines = text.trim().split('\n').slice(1).map((l) => l.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
    const withCustomer = lines.filter((f) => f[6] !== '');
    const buyers = new Set(withCustomer.filter((f) => Number(f[3]) > 0).map((f) => Number(f[6])));
    const rows = (await readFile(csv, 'utf8')).trim().split('\n').slice(1).map((l) => l.split(','));
    expect(rows).toHaveLength(buyers.size);
    const revenue = withCustomer.filter((f) => buyers.has(Number(f[6]))).reduce((s, f) => s + Number(f[3]) * Number(f[5]), 0);
    expect(rows.reduce((s, r) => s + Number(r[3]), 0)).toBeCloseTo(revenue, 4);
    expect(err).toMatch(/rows skipped/);
  });

  it('exits 3 for a missing file, a folder, or a file that is not a spreadsheet, naming the file', async () => {
    const out = ['--out', join(dir, 'x.xlsx'), '--quiet'];
    expect(await runCli(['analyze', join(dir, 'nope.csv'), ...out])).toMatchObject({ code: 3, err: `Cannot read ${join(dir, 'nope.csv')}: no such file.` });
    await mkdir(join(dir, 'folder.csv'));
    expect(await runCli(['analyze', join(dir, 'folder.csv'), ...out])).toMatchObject({ code: 3, err: `Cannot read ${join(dir, 'folder.csv')}: it is a folder.` });
    await writeFile(join(dir, 'notes.pdf'), 'x');
    expect(await runCli(['analyze', join(dir, 'notes.pdf'), ...out])).toMatchObject({
      code: 3, err: `${join(dir, 'notes.pdf')} is not a spreadsheet: give a .csv or .xlsx file.`,
    });
    await writeFile(join(dir, 'fake.xlsx'), 'Customer,Date,Amount\n');
    const fake = await runCli(['analyze', join(dir, 'fake.xlsx'), ...out]);
    expect(fake.code).toBe(3);
    expect(fake.err).toMatch(new RegExp(`^Cannot open ${join(dir, 'fake.xlsx')} as an \\.xlsx workbook: `));
    // A quote opened on line 3 and never closed.
    await writeFile(join(dir, 'open-quote.csv'), 'Customer,Date,Amount\na,2024-01-01,3\n"b,2024-01-02,4\n');
    const open = await runCli(['analyze', join(dir, 'open-quote.csv'), ...out]);
    expect(open.code).toBe(3);
    expect(open.err).toMatch(new RegExp(`^Cannot read ${join(dir, 'open-quote.csv')} as CSV: .*quote.* at line 3`, 'i'));
  });

  it('exits 2 when no customer column can be found, naming the file and the columns', async () => {
    await writeFile(join(dir, 'bad.csv'), 'who,Order Date,Amount\nx,2024-01-01,3\n');
    const r = await runCli(['analyze', join(dir, 'bad.csv'), '--out', join(dir, 'x.xlsx'), '--quiet']);
    expect(r).toMatchObject({
      code: 2, err: `${join(dir, 'bad.csv')}: Could not find the customer column. Columns: who, Order Date, Amount. Map it by hand.`,
    });
  });

  it('exits 2 for bad flags', async () => {
    expect((await runCli(['analyze', 'x.csv', '--bins'])).code).toBe(2);
    expect(await runCli(['analyze', join(FIXTURES, 'ten-orders.csv'), '--customers-out', join(dir, 'c.csv'), '--as-of', '31/12/2024'])).toMatchObject({
      code: 2, err: '--as-of must be a date written YYYY-MM-DD, not "31/12/2024".',
    });
  });

  it('exits 4 when the output folder cannot be written, before reading the input', async () => {
    // A folder path that runs through a regular file fails for every user, root too.
    await writeFile(join(dir, 'plain-file'), 'x');
    const target = join(dir, 'plain-file', 'report.xlsx');
    const r = await runCli(['analyze', join(FIXTURES, 'ten-orders.csv'), '--out', target]);
    expect(r).toMatchObject({ code: 4, err: `Cannot write ${target}: ${join(dir, 'plain-file')} is not a folder.` });
    const folder = join(dir, 'a-folder.csv');
    await mkdir(folder);
    expect(await runCli(['analyze', join(FIXTURES, 'ten-orders.csv'), '--customers-out', folder])).toMatchObject({ code: 4, err: `Cannot write ${folder}: it is a folder.` });
    if (process.getuid?.() !== 0) {
      // root ignores folder permissions, so a read-only folder only blocks other users
      const locked = join(dir, 'locked');
      await mkdir(locked);
      await chmod(locked, 0o500);
      expect(await runCli(['analyze', join(FIXTURES, 'ten-orders.csv'), '--customers-out', join(locked, 'c.csv')])).toMatchObject({
        code: 4, err: `Cannot write ${join(locked, 'c.csv')}: permission denied.`,
      });
    }
  });
});

describe('cx-segments analyze --customers / --report-json', () => {
  it('joins a customers table and writes the report as JSON', async () => {
    await writeFile(join(dir, 'people.csv'), 'Customer ID,Gender,Age\nA,F,34\nB,M,51\nE,F,29\nZ,M,40\n');
    const json = join(dir, 'report.json');
    const { code } = await runCli([
      'analyze', join(FIXTURES, 'ten-orders.csv'), '--customers', join(dir, 'people.csv'), '--report-json', json, '--quiet',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(await readFile(json, 'utf8'));
    expect(report.asOfDate).toBe('2024-04-01');
    expect(report.customers).toHaveLength(5);
    expect(report.customersTable).toEqual({ unmatchedRows: 1, customersWithoutRow: 2, blankIdRows: 0 });
    expect(report.rowSegments).toBeUndefined();
  });
});

describe('cx-segments analyze --method / --bins / --returns', () => {
  it('scores with rank-quantile in 3 levels and leaves credit notes out with --returns exclude', async () => {
    const csv = join(dir, 'c.csv');
    const { code } = await runCli([
      'analyze', join(FIXTURES, 'ten-orders.csv'), '--method', 'rank-quantile', '--bins', '3', '--returns', 'exclude', '--customers-out', csv, '--quiet',
    ]);
    expect(code).toBe(0);
    const rows = (await readFile(csv, 'utf8')).trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 7).join(','));
    // ranks into ceil(3(r−1)/4) buckets 1,1,2,3,3: F (B D E A C), M (C E A D B), R on days (E C A B D) reversed
    expect(rows).toEqual(['A,31,2,35,2,3,2', 'B,46,1,100,1,1,3', 'C,2,3,22.5,3,3,1', 'D,122,1,50,1,1,3', 'E,1,1,30,3,2,1']);
  });

  it('exits 2 naming the option for an unknown method', async () => {
    const r = await runCli(['analyze', join(FIXTURES, 'ten-orders.csv'), '--method', 'kmeans', '--customers-out', join(dir, 'c.csv')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Unknown scoring method "kmeans"/);
  });
});

describe('cx-segments analyze --method fixed --thresholds', () => {
  it('scores on the given cut points', async () => {
    const csv = join(dir, 'c.csv');
    const thresholds = JSON.stringify({ recencyDays: [10, 60], frequency: [2, 3], monetary: [30, 50] });
    const { code } = await runCli(['analyze', join(FIXTURES, 'ten-orders.csv'), '--method', 'fixed', '--thresholds', thresholds, '--customers-out', csv, '--quiet']);
    expect(code).toBe(0);
    const scores = (await readFile(csv, 'utf8')).trim().split('\n').slice(1).map((l) => l.split(',').slice(4, 7).join(''));
    // recency A31 B46 C2 D122 E1 → levels 2,2,1,3,1 → R = 4 − level; frequency 2,1,3,1,1; monetary 35,60,22.5,50,30
    expect(scores).toEqual(['222', '213', '331', '113', '312']);
  });

  it('exits 2 on thresholds that are not JSON', async () => {
    const r = await runCli(['analyze', join(FIXTURES, 'ten-orders.csv'), '--method', 'fixed', '--thresholds', '30,90', '--customers-out', join(dir, 'c.csv')]);
    expect(r).toMatchObject({ code: 2, err: expect.stringMatching(/^--thresholds must be JSON/) });
  });
});

describe('cx-segments analyze --config', () => {
  it('takes options and rule tables from a JSON file; flags on the command line win', async () => {
    const config = join(dir, 'cx.json');
    await writeFile(config, JSON.stringify({
      method: 'rank-quantile', bins: 3, scheme: 'mine', quiet: true,
      rules: { mine: [['Segment', 'M score min'], ['Big spenders', 3], ['Everyone else', '']] },
    }));
    const csv = join(dir, 'c.csv');
    const r = await runCli(['analyze', join(FIXTURES, 'ten-orders.csv'), '--config', config, '--bins', '2', '--customers-out', csv]);
    expect(r.code).toBe(0);
    // --quiet (from the config) keeps the progress quiet, not what is wrong with the user's rules.
    expect(r.err.trim().split('\n')).toEqual([
      'Warning: rules "mine": "Big spenders" (rule 1) matches no score combination (scores run from 1 to 2).',
    ]);
    const rows = (await readFile(csv, 'utf8')).trim().split('\n').map((l) => l.split(','));
    expect(rows[0]).toContain('segment_mine');
    // --bins 2 wins over the config's 3: rank-quantile on monetary 35, 60, 22.5, 50, 30 (ranks C1 E2 A3 D4 B5)
    // gives M buckets C1 E1 A1 D2 B2 by ceil(2(r−1)/4); with M at most 2 nobody reaches "M score min 3".
    expect(rows.slice(1).map((r) => [r[0], r[6], r[7]])).toEqual([
      ['A', '1', 'Everyone else'], ['B', '2', 'Everyone else'], ['C', '1', 'Everyone else'], ['D', '2', 'Everyone else'], ['E', '1', 'Everyone else'],
    ]);
  });

  it('names the file and the problem', async () => {
    const config = join(dir, 'bad.json');
    await writeFile(config, JSON.stringify({ colour: 'blue' }));
    expect(await runCli(['analyze', join(FIXTURES, 'ten-orders.csv'), '--config', config, '--customers-out', join(dir, 'c.csv')])).toMatchObject({
      code: 2, err: `${config}: unknown option "colour".`,
    });
  });

  it('exits 2 when no date in the date column can be read', async () => {
    await writeFile(join(dir, 'nodates.csv'), 'Customer ID,Order Date,Amount\na,soon,3\nb,later,4\n');
    const r = await runCli(['analyze', join(dir, 'nodates.csv'), '--customers-out', join(dir, 'c.csv'), '--quiet']);
    expect(r).toMatchObject({
      code: 2,
      err: `${join(dir, 'nodates.csv')}: No row has a readable customer, date and amount. Order Date: 2 values could not be read, first at row 1. (row 1 is the first row below the header)`,
    });
  });
});
