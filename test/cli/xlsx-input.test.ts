import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './run-cli';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ORDERS: [string, Date, number][] = [['ann', day('2024-01-01'), 10], ['bob', day('2024-01-05'), 30], ['ann', day('2024-01-10'), 20]];

/** A cover sheet first (a title, notes, a repeated "Owner" list that could pass for ids, but no date column), then the orders. */
function addCover(wb: ExcelJS.Workbook): void {
  const cover = wb.addWorksheet('Notes');
  cover.addRow(['Weekly sales export']);
  cover.addRow(['Owner', 'Note']);
  for (const owner of ['Kim', 'Kim', 'Lee', 'Lee', 'Kim']) cover.addRow([owner, 'checked']);
}

// as-of 2024-01-11. ann: recency 1, 2 orders, 30; bob: recency 6, 1 order, 30.
// NTILE over 2 customers fills buckets 1 and 2: R bob 1 ann 2; F bob 1 ann 2; M ties at 30 break by id, ann 1 bob 2.
// ann 2/2/1 is About To Sleep (2–3/1–2/1–2 after Need Attention fails on M); bob 1/1/2 is Lost.
const EXPECTED = ['ann,1,2,30,2,2,1,About To Sleep', 'bob,6,1,30,1,1,2,Lost'];

async function customers(path: string): Promise<string[]> {
  return (await readFile(path, 'utf8')).trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 8).join(','));
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cx-xlsx-'));
});

describe('.xlsx input: which sheet or table', () => {
  it('skips a cover sheet and reads the first sheet that looks like transactions', async () => {
    const wb = new ExcelJS.Workbook();
    addCover(wb);
    const orders = wb.addWorksheet('Orders');
    orders.addRow(['Customer', 'Order Date', 'Amount']);
    ORDERS.forEach((r) => orders.addRow(r));
    await wb.xlsx.writeFile(join(dir, 'in.xlsx'));
    const r = await runCli(['analyze', join(dir, 'in.xlsx'), '--customers-out', join(dir, 'c.csv')]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`Read 3 rows from ${join(dir, 'in.xlsx')}, sheet "Orders"`);
    expect(await customers(join(dir, 'c.csv'))).toEqual(EXPECTED);
  });

  it('takes an Excel table under a title before its sheet, found by itself or by --table in any case', async () => {
    const wb = new ExcelJS.Workbook();
    addCover(wb);
    const report = wb.addWorksheet('Report');
    report.getCell('A1').value = 'Orders of January';
    report.addTable({ name: 'Sales', ref: 'B3', headerRow: true, columns: [{ name: 'Client' }, { name: 'Date' }, { name: 'Value' }], rows: ORDERS });
    await wb.xlsx.writeFile(join(dir, 'in.xlsx'));
    for (const extra of [[], ['--table', 'sales']]) {
      const r = await runCli(['analyze', join(dir, 'in.xlsx'), '--customers-out', join(dir, 'c.csv'), ...extra]);
      expect(r.code).toBe(0);
      expect(r.err).toContain(`Read 3 rows from ${join(dir, 'in.xlsx')}, table "Sales" on sheet "Report"`);
      expect(await customers(join(dir, 'c.csv'))).toEqual(EXPECTED);
    }
  });

  it('reads --sheet as named, and says so when it does not hold transactions', async () => {
    const wb = new ExcelJS.Workbook();
    addCover(wb);
    await wb.xlsx.writeFile(join(dir, 'in.xlsx'));
    const r = await runCli(['analyze', join(dir, 'in.xlsx'), '--sheet', 'Notes', '--customers-out', join(dir, 'c.csv')]);
    expect(r.code).toBe(2);
    // The used range starts at the title, which becomes the header; the repeated owners pass for customer ids.
    expect(r.err.split('\n').pop()).toBe(`${join(dir, 'in.xlsx')}, sheet "Notes": Could not find the date, amount columns. Columns: Weekly sales export, . Map them by hand.`);
  });

  it('exits 2 naming the file, and the sheets or tables it has, for a name that is not there', async () => {
    const wb = new ExcelJS.Workbook();
    addCover(wb);
    wb.addWorksheet('Orders').addTable({ name: 'Sales', ref: 'A1', headerRow: true, columns: [{ name: 'Client' }, { name: 'Date' }, { name: 'Value' }], rows: ORDERS });
    const file = join(dir, 'in.xlsx');
    await wb.xlsx.writeFile(file);
    const out = ['--customers-out', join(dir, 'c.csv'), '--quiet'];
    expect(await runCli(['analyze', file, '--sheet', 'Order', ...out])).toMatchObject({ code: 2, err: `${file} has no sheet named "Order". Sheets: "Notes", "Orders".` });
    expect(await runCli(['analyze', file, '--table', 'Orders', ...out])).toMatchObject({ code: 2, err: `${file} has no table named "Orders". Tables: "Sales".` });
    expect(await runCli(['analyze', file, '--sheet', 'Notes', '--table', 'Sales', ...out])).toMatchObject({
      code: 2, err: `${file}, sheet "Notes", has no table named "Sales". It has no Excel tables.`,
    });
  });

  it('exits 2 when no sheet or table looks like transactions, saying what each lacks', async () => {
    const wb = new ExcelJS.Workbook();
    addCover(wb);
    const prices = wb.addWorksheet('Prices');
    prices.addRow(['Product', 'Price']);
    prices.addRow(['Mug', 4.5]);
    const file = join(dir, 'in.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await runCli(['analyze', file, '--customers-out', join(dir, 'c.csv')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}: no sheet or table looks like transactions (a customer and a date column): `);
    expect(r.err).toContain('sheet "Prices" has no customer or date column');
    expect(r.err).toContain('Choose one with --sheet NAME or --table NAME.');
  });

  it('joins customers from an Excel table of another workbook with --customers-table', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Orders').addRows([['Customer', 'Order Date', 'Amount'], ...ORDERS]);
    await wb.xlsx.writeFile(join(dir, 'in.xlsx'));
    const people = new ExcelJS.Workbook();
    addCover(people);
    people.addWorksheet('People').addTable({ name: 'Crm', ref: 'A1', headerRow: true, columns: [{ name: 'Customer ID' }, { name: 'Age' }], rows: [['ann', 34], ['bob', 51]] });
    await people.xlsx.writeFile(join(dir, 'people.xlsx'));
    const json = join(dir, 'r.json');
    const r = await runCli(['analyze', join(dir, 'in.xlsx'), '--customers', join(dir, 'people.xlsx'), '--customers-table', 'Crm', '--report-json', json, '--quiet']);
    expect(r).toMatchObject({ code: 0, err: '' });
    const report = JSON.parse(await readFile(json, 'utf8'));
    expect(report.customers.map((c: { customer: string; attributes: { age: number } }) => [c.customer, c.attributes.age])).toEqual([['ann', 34], ['bob', 51]]);
  });

  it('exits 2 when a sheet or table is asked of a CSV file', async () => {
    const ten = join(__dirname, '..', 'fixtures', 'ten-orders.csv');
    expect(await runCli(['analyze', ten, '--sheet', 'Orders', '--customers-out', join(dir, 'c.csv'), '--quiet'])).toMatchObject({
      code: 2, err: `${ten} is a CSV file: it has no sheet "Orders" to choose (sheets and tables are for .xlsx input).`,
    });
  });
});
