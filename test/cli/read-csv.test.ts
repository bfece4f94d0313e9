import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CellValue } from '../../src/analytics';
import { csvCells, readCsvFile } from '../../src/cli/read-csv';

const run = promisify(execFile);

/** A seeded generator, so every run writes the same file. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADER = ['Customer ID', 'Order ID', 'Order Date', 'Product', 'Amount', 'Note'];
const PRODUCTS = ['Mug', 'Lamp, brass', 'Poster "Paris"', 'Crème brûlée set', '12" record', '日本茶', 'Bag\nwith two lines'];

/** Rows as the file's cells should read back: ids with leading zeros, quoted delimiters, quotes, newlines, non-ASCII, empty fields. */
function orders(n: number, seed = 7): string[][] {
  const next = random(seed);
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const day = 1 + Math.floor(next() * 28);
    rows.push([
      String(Math.floor(next() * 5000)).padStart(5, '0'),
      `INV${100000 + Math.floor(i / 3)}`,
      `2024-03-${String(day).padStart(2, '0')}`,
      PRODUCTS[Math.floor(next() * PRODUCTS.length)],
      (next() * 500).toFixed(2),
      next() < 0.2 ? '' : `note ${i} €`,
    ]);
  }
  return rows;
}

function csvText(rows: string[][], delimiter = ',', eol = '\r\n'): string {
  const field = (f: string) => (/[",;\n\r]/.test(f) && !/^12" /.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  return [HEADER, ...rows].map((r) => r.map(field).join(delimiter)).join(eol) + eol;
}

const asCells = (rows: string[][]): CellValue[][] => [HEADER, ...rows].map((r) => r.map((f) => (f === '' ? null : f)));

/** The first row where two tables differ, else -1 (a deep toEqual over a million cells is slow, and its diff slower). */
function firstDifference(a: CellValue[][], b: CellValue[][]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) return i;
  return -1;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cx-csv-'));
});

describe('CSV cells', () => {
  it('keeps every value as text, empty fields empty, short rows and blank lines filled to the header, repeated headers apart', () => {
    expect(csvCells('a,a,b\r\n0017,,3\r\n\r\n4,5,6,7\r\n"x\ny","q""z",\r\n')).toEqual([
      ['a', 'a', 'b'],
      ['0017', null, '3'],
      [null, null, null],
      ['4', '5', '6', '7'],
      ['x\ny', 'q"z', null],
    ]);
  });
});

describe('reading a large CSV as a stream', () => {
  const ROWS = 200_000;
  const rows = orders(ROWS);
  const text = csvText(rows);
  const path = () => join(dir, 'big.csv');
  beforeAll(() => writeFile(path(), text));

  it('reads 200,000 rows to exactly the cells written, and to the same cells as the whole-text path', async () => {
    const streamed = await readCsvFile(path());
    expect(streamed).toHaveLength(ROWS + 1);
    expect(streamed[0]).toEqual(HEADER);
    expect(streamed[1]).toEqual(asCells(rows)[1]);
    expect(firstDifference(streamed, asCells(rows))).toBe(-1);
    expect(firstDifference(csvCells(await readFile(path(), 'utf8')), streamed)).toBe(-1);
    // ids stay text with their zeros
    expect(streamed.slice(1).every((r) => typeof r[0] === 'string' && r[0].length === 5)).toBe(true);
  });

  it('reads the same cells from a semicolon-separated UTF-16 file with a BOM', async () => {
    const file = join(dir, 'big-utf16.csv');
    const few = rows.slice(0, 30_000);
    await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvText(few, ';', '\n'), 'utf16le')]));
    expect(firstDifference(await readCsvFile(file), asCells(few))).toBe(-1);
  });

  it('reads a file again as Windows-1252 when a byte that is not UTF-8 comes after the first chunk', async () => {
    const file = join(dir, 'late-1252.csv');
    const ascii = rows.slice(0, 5000).map((r) => [r[0], r[1], r[2], 'Mug', r[4], 'x']);
    const head = Buffer.from(csvText(ascii, ',', '\n'), 'latin1');
    expect(head.length).toBeGreaterThan(1 << 16);
    // é is 0xE9 and € 0x80 in Windows-1252; neither byte can stand alone in UTF-8.
    await writeFile(file, Buffer.concat([head, Buffer.from('0,I,2024-03-01,Caf\xe9,1,\x80\n', 'latin1')]));
    const cells = await readCsvFile(file);
    expect(cells).toHaveLength(ascii.length + 2);
    expect(cells[cells.length - 1]).toEqual(['0', 'I', '2024-03-01', 'Café', '1', '€']);
  });

  it('never holds the text: rows come out while the file is still being read, and nothing stays but the rows', async () => {
    const textBytes = Buffer.byteLength(text);
    const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', join(__dirname, 'csv-heap-probe.ts'), path()], { cwd: join(__dirname, '..', '..'), maxBuffer: 1 << 24 });
    const { before, after, released, rows: read, samples } = JSON.parse(stdout) as {
      before: number; after: number; released: number; rows: number; samples: { live: number; rows: number; bytes: number; totalBytes: number }[];
    };
    // Reported every 10,000 rows, the first long before the last byte was read.
    expect(samples.map((s) => s.rows).slice(0, 3)).toEqual([10_000, 20_000, 30_000]);
    expect(samples[0].bytes).toBeLessThan(textBytes / 4);
    expect(samples[samples.length - 1]).toMatchObject({ rows: ROWS, bytes: textBytes, totalBytes: textBytes });
    // At no point does the reader keep more than a small part of the text beyond the rows it has made
    // (the rows so far are at most the final rows), where a whole-text reader would hold text × 1 or more.
    const peak = Math.max(...samples.map((s) => s.live));
    expect(peak - after).toBeLessThan(textBytes / 8);
    expect(read).toBe(ROWS + 1);
    // Once the rows are let go, the reader has kept nothing (no text, no chunk cache).
    expect(released - before).toBeLessThan(textBytes / 8);
  });
});
