import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

const DATASETS = join(__dirname, '..', 'fixtures', 'datasets');

async function customersOf(input: string, extra: string[] = []): Promise<Map<string, string[]>> {
  const dir = await mkdtemp(join(tmpdir(), 'cx-data-'));
  const out = join(dir, 'customers.csv');
  const err: string[] = [];
  const code = await main(['analyze', input, '--customers-out', out, ...extra], { stdout: () => undefined, stderr: (l) => err.push(l) });
  expect({ code, err: code === 0 ? '' : err.join('\n') }).toEqual({ code: 0, err: '' });
  const lines = (await readFile(out, 'utf8')).trim().split('\n').slice(1);
  return new Map(lines.map((l) => l.split(',')).map((f) => [f[0], f]));
}

/** Sums per customer computed here, independently of the analytics code. */
function sumsBy(rows: { id: string; day: string; amount: number }[]) {
  const by = new Map<string, { revenue: number; rows: number; last: string }>();
  for (const r of rows) {
    const s = by.get(r.id) ?? { revenue: 0, rows: 0, last: '' };
    s.revenue += r.amount;
    s.rows++;
    if (r.day > s.last) s.last = r.day;
    by.set(r.id, s);
  }
  return by;
}

const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86400000;

describe('the CLI over public datasets', () => {
  it("rfm package's orders: 995 customers, revenue and recency match", async () => {
    const text = await readFile(join(DATASETS, 'rfm_data_orders.csv'), 'utf8');
    const rows = text.trim().split('\n').slice(1).map((l) => l.split(',').map((f) => f.replace(/^"|"$/g, '')))
      .map((f) => ({ id: f[0], day: f[1], amount: Number(f[2]) }));
    const expected = sumsBy(rows);
    const got = await customersOf(join(DATASETS, 'rfm_data_orders.csv'), ['--as-of', '2006-12-31']);
    expect(got.size).toBe(995);
    expect(expected.size).toBe(995);
    for (const [id, s] of expected) {
      const c = got.get(id)!;
      expect([c[1], c[2], Number(c[3])]).toEqual([String(days(s.last, '2006-12-31')), String(s.rows), s.revenue]);
    }
  });

  it('CDNOW converted from fixed-width text: 23,570 customers with the right totals', async () => {
    const text = await readFile(join(DATASETS, 'lifetimes_CDNOW_master.txt'), 'utf8');
    const fields = text.trim().split(/\r?\n/).map((l) => l.trim().split(/\s+/));
    const dir = await mkdtemp(join(tmpdir(), 'cx-cdnow-'));
    const csv = join(dir, 'cdnow.csv');
    await writeFile(csv, fields.map((f) => f.join(',')).join('\n'));
    const rows = fields.slice(1).map((f) => ({ id: f[0], day: `${f[1].slice(0, 4)}-${f[1].slice(4, 6)}-${f[1].slice(6)}`, amount: Number(f[3]) }));
    const expected = sumsBy(rows.filter((r) => r.amount >= 0));
    const got = await customersOf(csv, ['--amount', 'dollar_value']);
    expect(got.size).toBe(23570);
    expect(expected.size).toBe(23570);
    const lastDay = rows.reduce((m, r) => (r.day > m ? r.day : m), '');
    let revenue = 0;
    for (const [id, s] of expected) {
      const c = got.get(id)!;
      expect(c[1]).toBe(String(days(s.last, lastDay) + 1));
      expect(c[2]).toBe(String(s.rows));
      revenue += Number(c[3]);
    }
    const total = rows.reduce((t, r) => t + r.amount, 0);
    expect(revenue).toBeCloseTo(total, 6);
    expect(got.get('00001')).toBeDefined(); // zero-padded ids stay text
  });
});
