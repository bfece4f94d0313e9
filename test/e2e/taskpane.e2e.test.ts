import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { CellValue, analyzeTable, parseDay, parseNumber } from '../../src/analytics';
import { csvCells } from '../../src/cli/read-input';
import { DIST, ROOT, buildModelBundle, launchChromium, serveDist } from './harness';

const SHOTS = join(ROOT, 'artifacts', 'screenshots');
const ROWS = 3000;

/** The first rows of the bundled Online Retail sample, typed as Excel would hold them (numbers, date serials). */
async function sampleCells(): Promise<CellValue[][]> {
  const cells = csvCells(await readFile(join(ROOT, 'data', 'online-retail-2010-12.csv'), 'utf8')).slice(0, ROWS + 1);
  return cells.map((row, i) =>
    i === 0
      ? row
      : row.map((v) => {
          if (typeof v !== 'string' || v === '') return v === '' ? null : v;
          const n = parseNumber(v);
          if (!Number.isNaN(n) && /^-?[\d.]+$/.test(v)) return n;
          return /^\d{4}-\d{2}-\d{2} /.test(v) ? parseDay(v) + Number(v.slice(11, 13)) / 24 + Number(v.slice(14, 16)) / 1440 : v;
        }),
  );
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let modelBundle: string;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npm run build` first.');
  [modelBundle, server, browser] = await Promise.all([buildModelBundle(), serveDist(), launchChromium()]);
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPane(officeJs: string, init?: unknown, width = 450): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  if (init) await page.addInitScript((value) => ((window as unknown as { __CX_MODEL_INIT__: unknown }).__CX_MODEL_INIT__ = value), init);
  await page.route('**/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: officeJs }));
  await page.goto(server.url + 'taskpane.html');
  return page;
}

describe('task pane in Chromium', () => {
  it('analyzes the table under the selection and writes CX Customers', async () => {
    const cells = await sampleCells();
    const last = `H${cells.length}`;
    const page = await openPane(modelBundle, {
      sheets: [{ name: 'Orders', cells, tables: [{ name: 'Orders', address: `A1:${last}`, hasHeaders: true }] }],
      selection: { sheet: 'Orders', address: 'C10' },
    });
    const analyze = page.getByRole('button', { name: 'Analyze' });
    await analyze.waitFor();
    await page.screenshot({ path: join(SHOTS, 'skeleton-ready-450.png') });
    await analyze.click();
    await page.getByText('Done').waitFor({ timeout: 60000 });
    await page.screenshot({ path: join(SHOTS, 'skeleton-done-450.png') });

    const expected = analyzeTable(cells);
    const message = await page.locator('text=Segmented').innerText();
    expect(message).toContain(`Segmented ${expected.customers.length.toLocaleString()} customers from 3,000 rows of Orders!A1:H3001`);
    expect(message).toContain(`as of ${expected.asOfDate}. Wrote CX Dashboard, CX Customers, CX Breakdowns, CX Data Quality, CX Rules`);

    const written = (await page.evaluate(() => {
      const model = (window as unknown as { __CX_MODEL__: { sheetValues(name: string): unknown[][] } }).__CX_MODEL__;
      return model.sheetValues('CX Customers');
    })) as CellValue[][];
    const state = (await page.evaluate(() => {
      const model = (window as unknown as { __CX_MODEL__: { state: { sheets: { name: string }[]; charts: { title: string }[] } } }).__CX_MODEL__;
      return { sheets: model.state.sheets.map((s) => s.name), charts: model.state.charts.map((c) => c.title) };
    })) as { sheets: string[]; charts: string[] };
    expect(state.sheets).toEqual(['Orders', 'CX Dashboard', 'CX Customers', 'CX Breakdowns', 'CX Data Quality', 'CX Rules']);
    expect(state.charts).toEqual(expect.arrayContaining(['Revenue by segment', 'Share of customers vs share of revenue', 'Revenue by month', 'Pareto of customers by revenue']));
    // Results: KPI cards and links that show each written sheet.
    await page.getByLabel(`Customers: ${expected.customers.length.toLocaleString()}`).waitFor();
    await page.getByRole('button', { name: 'CX Customers' }).click();
    const active = await page.evaluate(() => {
      const model = (window as unknown as { __CX_MODEL__: { state: { activeSheetId: string; sheets: { id: string; name: string }[] } } }).__CX_MODEL__;
      return model.state.sheets.find((s) => s.id === model.state.activeSheetId)!.name;
    });
    expect(active).toBe('CX Customers');
    const table = written.slice(1).map((r) => r.slice(0, 9));
    expect(table[0]).toEqual(['Customer', 'Recency (days)', 'Frequency', 'Monetary', 'R', 'F', 'M', 'RFM', 'Segment']);
    expect(table.slice(1)).toEqual(expected.customers.map((c) => [c.customer, c.recencyDays, c.frequency, c.monetary, c.r, c.f, c.m, `${c.r}${c.f}${c.m}`, c.segment]));
    await page.close();
  });

  it('says it runs inside Excel when opened in a plain browser', async () => {
    const page = await openPane('/* office.js did not load */', undefined, 320);
    await page.getByText('CX Segments runs inside Excel').waitFor();
    expect(await page.getByRole('link', { name: 'how to sideload CX Segments' }).getAttribute('href')).toMatch(/#sideload-an-office-add-in-for-testing$/);
    await page.screenshot({ path: join(SHOTS, 'skeleton-outside-excel-320.png') });
    await page.close();
  });
});
