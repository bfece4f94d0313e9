import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { CellValue } from '../../src/analytics';
import { readXlsx } from '../../src/cli/read-xlsx';

const MS_PER_DAY = 86400000;

/** The oracle's cells: an ExcelJS cell value as Excel's own Range.values would give it (dates as serials). */
function excelJsValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.getTime() / MS_PER_DAY + 25569;
  if (typeof v === 'object') {
    if ('result' in v) return excelJsValue(v.result as ExcelJS.CellValue);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('error' in v) return v.error;
    return null;
  }
  return v;
}

const FIXTURES = join(__dirname, '..', 'fixtures', 'xlsx');
const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86400000 + 25569;

/** The oracle: ExcelJS's whole-workbook load, the used range taken cell by cell. */
async function loadedUsedRange(bytes: Buffer, sheet: string): Promise<CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet)!;
  let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
  ws.eachRow((row, r) => row.eachCell((cell, c) => {
    const v = excelJsValue(cell.value);
    if (v === null || v === '') return;
    [top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)];
  }));
  const out: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const cells: CellValue[] = [];
    for (let c = left; c <= right; c++) cells.push(excelJsValue(ws.getRow(r).getCell(c).value));
    out.push(cells);
  }
  return out;
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A cell ExcelJS can write and read back: numbers, text (with XML's special characters), booleans, dates, formulas, rich text, errors. */
const cell: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.constant(null),
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 100000 }),
  fc.string({ maxLength: 8 }).map((s) => s.replace(/[\u0000-\u001f\ud800-\udfff\ufffe\uffff]/g, '')).filter((s) => s.trim() === s),
  fc.constantFrom('a & b', '<tag>', '"quoted"', 'C-001'),
  fc.boolean(),
  fc.integer({ min: 40000, max: 50000 }).map((d) => new Date((d - 25569) * 86400000)),
  fc.constant({ formula: '1+1', result: 2 } as ExcelJS.CellValue),
  fc.constant({ richText: [{ text: 'bold ', font: { bold: true } }, { text: 'plain' }] } as ExcelJS.CellValue),
  fc.constant({ error: '#N/A' } as ExcelJS.CellValue),
);

describe('readXlsx: the sheet streamed, not loaded whole', () => {
  it('reads every sheet as ExcelJS\'s whole-workbook load does, whatever its cells and where its used range starts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        async (rows, top, left) => {
          const wb = new ExcelJS.Workbook();
          wb.addWorksheet('First').addRow(['x']);
          const ws = wb.addWorksheet('Orders & more');
          rows.forEach((r, i) => r.forEach((v, j) => {
            const c = ws.getCell(top + i, left + j);
            c.value = v;
            if (v instanceof Date) c.numFmt = 'yyyy-mm-dd';
          }));
          const bytes = await bytesOf(wb);
          const read = await readXlsx(bytes, 'in.xlsx', { sheet: 'orders & MORE' });
          expect(read.where).toBe('sheet "Orders & more"');
          // A text cell holding "" is blank either way: null from the stream, "" from the whole load.
          const blankAsNull = (values: CellValue[][]) => values.map((r) => r.map((v) => (v === '' ? null : v)));
          expect(blankAsNull(read.values)).toEqual(blankAsNull(await loadedUsedRange(bytes, 'Orders & more')));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads past sheets it does not keep, however many, when the sheets wait for the shared strings', async () => {
    // ExcelJS writes its sheets before the shared strings: the reader parks each in a temporary
    // file, deleted as soon as the next sheet is asked for (a sheet skipped unread failed with ENOENT).
    const wb = new ExcelJS.Workbook();
    for (const name of ['Cover', 'Notes', 'Lists']) wb.addWorksheet(name).addRow([name, 'text']);
    wb.addWorksheet('Orders').addRows([['Customer', 'Amount'], ['ann', 10]]);
    const bytes = await bytesOf(wb);
    for (let i = 0; i < 10; i++) expect((await readXlsx(bytes, 'in.xlsx', { sheet: 'Orders' })).values).toEqual([['Customer', 'Amount'], ['ann', 10]]);
  });

  it('takes a table by its range: without its totals row, with its column names when it has no header row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sales');
    ws.getCell('A1').value = 'Weekly export';
    ws.addTable({
      name: 'Orders', ref: 'B3', headerRow: true, totalsRow: true,
      columns: [{ name: 'Customer' }, { name: 'Amount', totalsRowFunction: 'sum' }],
      rows: [['ann', 10], ['bob', 5]],
    });
    ws.addTable({ name: 'Bare', ref: 'F3', headerRow: false, columns: [{ name: 'Id' }, { name: 'Day' }], rows: [['x', 1], ['y', 2]] });
    const bytes = await bytesOf(wb);
    expect((await readXlsx(bytes, 'in.xlsx', { table: 'orders' })).values).toEqual([['Customer', 'Amount'], ['ann', 10], ['bob', 5]]);
    expect(await readXlsx(bytes, 'in.xlsx', { table: 'Bare' })).toEqual({ values: [['Id', 'Day'], ['x', 1], ['y', 2]], where: 'table "Bare" on sheet "Sales"' });
  });

  it('reads inline text, ISO date cells and cells without references, and moves a 1904 workbook\'s dates to 1900 serials', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Orders');
    ws.getCell('A1').value = 'x';
    ws.getCell('B1').value = new Date(Date.UTC(2024, 0, 3));
    ws.getCell('B1').numFmt = 'yyyy-mm-dd';
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const styled = /<c r="B1" s="(\d+)"/.exec(await zip.file('xl/worksheets/sheet1.xml')!.async('string'))![1];
    zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="2"><c r="A2" t="inlineStr"><is><r><t>rich </t></r><r><t xml:space="preserve">text &amp; more</t></r><rPh><t>guide</t></rPh></is></c><c t="d"><v>2024-01-03T12:00:00</v></c><c s="${styled}"><v>43832</v></c><c><v>43832</v></c></row>
<row><c t="b"><v>1</v></c><c t="e"><v>#DIV/0!</v></c><c t="str"><f>A1&amp;"!"</f><v>x!</v></c><c><f>1/0</f></c></row>
</sheetData></worksheet>`);
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', workbookXml.replace(/<workbookPr([^>]*?)\/>/, '<workbookPr$1 date1904="1"/>'));
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    expect((await readXlsx(bytes, 'in.xlsx')).values).toEqual([
      // 1904 system: the date-formatted 43832 is 2024-01-03 (1900: 45294); the unformatted number stays as it is.
      ['rich text & more', serial('2024-01-03') + 0.5, serial('2024-01-03'), 43832],
      [true, '#DIV/0!', 'x!', null],
    ]);
  });

  it('reads a LibreOffice workbook, whose sheet comes before its shared strings in the package', async () => {
    // test/fixtures/xlsx/libreoffice-orders.xlsx: a four-line CSV saved as .xlsx by LibreOffice Calc 7 (soffice --convert-to xlsx).
    const read = await readXlsx(readFileSync(join(FIXTURES, 'libreoffice-orders.xlsx')), 'orders.xlsx');
    expect(read).toEqual({
      where: 'sheet "orders"',
      values: [
        ['Customer ID', 'Order Date', 'Amount', 'Status', 'Note'],
        ['C-1', serial('2024-01-03'), 12.5, 'Delivered', 'first & <best>'],
        ['C-2', serial('2024-02-10'), 7, 'Returned', null],
        ['C-1', serial('2024-03-01'), 30.25, 'Delivered', 'comma, inside'],
      ],
    });
  });

  it('tells how much of the package it has read, rows included, as it goes', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Orders');
    ws.addRow(['Customer', 'Amount']);
    // Random text does not compress: the package is a few MB, read a MB at a time.
    let seed = 7;
    const word = () => Array.from({ length: 12 }, () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 26))).join('');
    for (let i = 0; i < 60000; i++) ws.addRow([word(), i]);
    const bytes = await bytesOf(wb);
    const heard: { rows: number; bytes: number; totalBytes: number }[] = [];
    const read = await readXlsx(bytes, 'in.xlsx', {}, (p) => heard.push(p));
    expect(read.values).toHaveLength(60001);
    expect(heard.length).toBeGreaterThan(10);
    const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || x >= xs[i - 1]);
    expect(ascending(heard.map((p) => p.bytes))).toBe(true);
    expect(ascending(heard.map((p) => p.rows))).toBe(true);
    const last = heard[heard.length - 1];
    expect(last.rows).toBe(60001);
    expect(last.bytes).toBe(last.totalBytes); // the whole sheet's XML, each row's two cells at least 20 bytes
    expect(last.totalBytes).toBeGreaterThan(60000 * 20);
    expect(heard[0].bytes / last.totalBytes).toBeLessThan(0.5);
  });

  it('says it cannot open a file that is not a workbook package', async () => {
    await expect(readXlsx(Buffer.from('Customer,Amount\nann,10\n'), 'orders.xlsx')).rejects.toThrow(/^Cannot open orders\.xlsx as an \.xlsx workbook: /);
  });
});
