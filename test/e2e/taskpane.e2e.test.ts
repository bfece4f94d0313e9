import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { CellValue, analyzeTable } from '../../src/analytics';
import { DIST, buildModelBundle, launchChromium, serveDist } from './harness';
import { SHOTS, choose, closeStep, onModel, openPane, openStep, ordersWorkbook, pageErrors, sampleCells, sheetNames, snapshot } from './pane';

const CX_SHEETS = ['CX Dashboard', 'CX Customers', 'CX Breakdowns', 'CX Data Quality', 'CX Rules'];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let modelBundle: string;
let cells: CellValue[][];

beforeAll(async () => {
  if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npm run build` first.');
  [modelBundle, server, browser, cells] = await Promise.all([buildModelBundle(), serveDist(), launchChromium(), sampleCells(3000)]);
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Pages opened by the running test: none may have logged an error or thrown one uncaught. */
const opened: Page[] = [];
const open = async (init: unknown, width = 450) => {
  const page = await openPane(browser, server.url, modelBundle, init, width);
  opened.push(page);
  return page;
};
afterEach(() => {
  for (const page of opened.splice(0)) expect(pageErrors(page)).toEqual([]);
});
const shoot = (page: Page, step: string) => page.screenshot({ path: join(SHOTS, `${step}-${page.viewportSize()!.width}.png`), fullPage: true });

async function analyzeAndWait(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Analyze' }).click();
  await page.getByText('Done', { exact: true }).waitFor({ timeout: 60000 });
}

/** No serious or critical axe violations on what the pane shows now. */
async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

describe('task pane in Chromium', () => {
  it.each([450, 320])('walks the flow at %i px: data found, columns, options, analyze, results', async (width) => {
    // A round trip to Excel of 20 ms, so the running step lasts long enough to be seen.
    const page = await open(ordersWorkbook(cells, { latencyMs: 20 }), width);
    await page.getByText('Found: Table Orders on Orders!A1:H3001, 3,000 rows × 8 columns.').waitFor();
    await shoot(page, 'step1-data');
    await openStep(page, '2. Columns');
    await expect(page.getByRole('combobox', { name: 'Role of column CustomerID' }).innerText()).resolves.toBe('Customer id (required)');
    await expect(page.getByRole('combobox', { name: 'Role of column UnitPrice' }).innerText()).resolves.toBe('Unit price');
    // The preview reads ids, dates and numbers as the engine does.
    const preview = page.getByRole('region', { name: 'Preview of the first rows as CX Segments reads them' });
    await expect(preview.getByRole('row').nth(1).innerText()).resolves.toMatch(/536365\s+85123A\s+WHITE HANGING HEART T-LIGHT HOLDER\s+6\s+2010-12-01\s+2\.55\s+17850\s+United Kingdom/);
    await page.getByText('Checked the first 2,000 of 3,000 rows; Analyze reads them all and CX Data Quality counts every value it skips.').waitFor();
    await shoot(page, 'step2-columns');
    await openStep(page, '3. Options');
    await shoot(page, 'step3-options');
    if (width === 450) await expectAccessible(page);

    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.getByRole('button', { name: 'Analyze' }).click();
    // The running step, caught while it lasts (a busy machine may finish first: then no screenshot).
    const done = page.getByText('Done', { exact: true });
    await Promise.race([page.getByText(/^Writing CX /).first().waitFor({ timeout: 60000 }), done.waitFor({ timeout: 60000 })]);
    if (!(await done.isVisible())) await shoot(page, 'step4-running');
    await done.waitFor({ timeout: 60000 });
    // The analysis ran in a Web Worker, off the pane's UI thread.
    expect(workers).toEqual([expect.stringMatching(new RegExp(`^${server.url}[\\w.-]+\\.js$`))]);
    const expected = analyzeTable(cells);
    const message = await page.locator('text=Segmented').innerText();
    expect(message).toContain(`Segmented ${expected.customers.length.toLocaleString()} customers from 3,000 rows of Orders!A1:H3001`);
    expect(message).toContain(`as of ${expected.asOfDate}. Wrote ${CX_SHEETS.join(', ')}`);
    await expect(sheetNames(page)).resolves.toEqual(['Orders', ...CX_SHEETS]);
    const charts = await onModel(page, (m) => m.state.charts.map((c) => c.title));
    expect(charts).toEqual(expect.arrayContaining(['Revenue by segment', 'Share of customers vs share of revenue', 'Revenue by month', 'Pareto of customers by revenue']));
    const written = (await onModel(page, (m) => m.sheetValues('CX Customers'))).slice(1).map((r) => r.slice(0, 9));
    expect(written.slice(1)).toEqual(expected.customers.map((c) => [c.customer, c.recencyDays, c.frequency, c.monetary, c.r, c.f, c.m, `${c.r}${c.f}${c.m}`, c.segment]));
    // Results: KPI cards, segment bars, links that show each written sheet.
    await page.getByLabel(`Customers: ${expected.customers.length.toLocaleString()}`).waitFor();
    await page.getByRole('button', { name: 'CX Customers' }).click();
    await page.waitForFunction(() => {
      const m = (window as unknown as { __CX_MODEL__: { state: { activeSheetId: string; sheets: { id: string; name: string }[] } } }).__CX_MODEL__;
      return m.state.sheets.find((s) => s.id === m.state.activeSheetId)?.name === 'CX Customers';
    });
    await shoot(page, 'step5-results');
    if (width === 450) {
      await expectAccessible(page);
      for (const step of ['1. Data', '2. Columns', '3. Options']) await closeStep(page, step);
      await page.locator('main').screenshot({ path: join(SHOTS, 'readme-results.png') });
    }
    await page.close();
  });

  it('lets the user give a column its role by hand when detection guessed wrong', async () => {
    const renamed = cells.map((row, i) => (i === 0 ? row.map((h) => ({ CustomerID: 'Kunde', InvoiceNo: 'Beleg' })[h as string] ?? h) : row));
    const page = await open(ordersWorkbook(renamed));
    await openStep(page, '2. Columns');
    // No header says "customer" or "order": detection falls back on repeated values and picks Beleg.
    const guessed = page.getByRole('combobox', { name: 'Role of column Beleg' });
    await expect(guessed.innerText()).resolves.toBe('Customer id (required)');
    // By keyboard only: open the dropdown, type to jump to the role, Enter; then Enter on Analyze.
    await page.getByRole('combobox', { name: 'Role of column Kunde' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Customer');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('combobox', { name: 'Role of column Kunde' }).innerText()).resolves.toBe('Customer id (required)');
    await expect(guessed.innerText()).resolves.toBe('Not used');
    await page.getByRole('button', { name: 'Analyze' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Done', { exact: true }).waitFor({ timeout: 60000 });
    const expected = analyzeTable(renamed, { mapping: { customer: 'Kunde' } });
    expect(expected.customers.length).toBe(analyzeTable(cells).customers.length);
    expect(await page.locator('text=Segmented').innerText()).toContain(`Segmented ${expected.customers.length.toLocaleString()} customers`);
    // The mapping is kept with the workbook: a new pane on the same document starts from it.
    const saved = await page.evaluate(() => (window as unknown as { Office: typeof Office }).Office.context.document.settings.get('cxSegments.options'));
    expect(saved.mapping).toMatchObject({ customer: 'Kunde' });
    await page.close();
  });

  it('reports text in the price column next to the column, and counts the skipped rows', async () => {
    const bad = cells.map((row, i) => (i === 44 || i === 90 ? row.map((v, j) => (j === 5 ? 'n/a' : v)) : row));
    const page = await open(ordersWorkbook(bad));
    await openStep(page, '2. Columns');
    await page.getByText('2 unit prices could not be read, first at row 45').waitFor();
    await expect(page.getByRole('region', { name: /Preview/ }).innerText()).resolves.not.toContain('(unreadable)');
    await shoot(page, 'step2-columns-problem');
    await analyzeAndWait(page);
    const skipped = analyzeTable(bad).quality.skippedRows;
    expect(skipped).toBe(analyzeTable(cells).quality.skippedRows + 2);
    expect(await page.locator('text=Segmented').innerText()).toContain(`${skipped.toLocaleString()} rows could not be read and were skipped`);
    await page.close();
  });

  it('cancel mid-run leaves the workbook as it was; a re-run replaces the output', async () => {
    const page = await open(ordersWorkbook(cells, { latencyMs: 150 }));
    await page.getByText(/^Found: /).waitFor();
    const before = await snapshot(page);
    await page.getByRole('button', { name: 'Analyze' }).click();
    await page.getByText(/^Writing CX Breakdowns/).waitFor({ timeout: 60000 });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Cancelled: the workbook is as it was before you clicked Analyze.').waitFor({ timeout: 60000 });
    expect(await snapshot(page)).toBe(before);

    await analyzeAndWait(page);
    const first = await snapshot(page);
    const firstTables = await onModel(page, (m) => m.state.tables.map((t) => t.name).sort());
    // Re-run from the dashboard (now active): the pane pinned the table, so one click is enough.
    await page.getByRole('button', { name: 'Analyze' }).click();
    await page.getByText(/^Writing CX Data Quality/).waitFor({ timeout: 60000 });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText(/^Cancelled/).waitFor({ timeout: 60000 });
    expect(await snapshot(page)).toBe(first);

    // Analyze folded the steps away: open Columns again, then turn the Country column off.
    await openStep(page, '2. Columns');
    await choose(page, 'Role of column Country', 'Not used');
    await analyzeAndWait(page);
    await expect(sheetNames(page)).resolves.toEqual(['Orders', ...CX_SHEETS]);
    // Replaced, not added to: the same sheets, the same table names less the region breakdown.
    await expect(onModel(page, (m) => m.state.tables.map((t) => t.name).sort())).resolves.toEqual(firstTables.filter((t) => t !== 'CXByregion' && t !== 'CXQualityAttributes'));
    await page.close();
  });

  it('analyzes alike where the host forbids compiling code (a Content-Security-Policy without unsafe-eval)', async () => {
    const plain = await open(ordersWorkbook(cells));
    await analyzeAndWait(plain);
    const expected = await snapshot(plain);
    await plain.close();

    const strict = await serveDist("script-src 'self' https://appsforoffice.microsoft.com; worker-src 'self'");
    try {
      const page = await openPane(browser, strict.url, modelBundle, ordersWorkbook(cells));
      opened.push(page);
      await analyzeAndWait(page);
      expect(await snapshot(page)).toBe(expected);
      // The worker's compile of the report's pass was refused, so the passes did the work.
      const refused = () => strict.cspReports.some((r) => r['blocked-uri'] === 'eval' && /\/\d+\.js$/.test(String(r['source-file'])));
      for (let wait = 0; wait < 50 && !refused(); wait++) await new Promise((resolve) => setTimeout(resolve, 100)); // reports arrive after the fact
      expect(strict.cspReports.map((r) => `${r['blocked-uri']} in ${String(r['source-file']).replace(strict.url, '')}`)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^eval in \d+\.js$/)]),
      );
      // A compile refused is expected, not a page error: the pane caught it and went on.
      await page.close();
    } finally {
      await strict.close();
    }
  });

  it('follows a dark Office theme', async () => {
    const page = await open(ordersWorkbook(cells.slice(0, 50), { theme: 'dark' }), 320);
    await page.getByText(/^Found: /).waitFor();
    const background = await page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor);
    expect(background).toBe('rgb(41, 41, 41)');
    await shoot(page, 'theme-dark');
    await page.close();
  });

  it('says it runs inside Excel when opened in a plain browser', async () => {
    const page = await openPane(browser, server.url, '/* office.js did not load */', undefined, 320);
    await page.getByText('CX Segments runs inside Excel').waitFor();
    expect(await page.getByRole('link', { name: 'how to sideload CX Segments' }).getAttribute('href')).toMatch(/#sideload-an-office-add-in-for-testing$/);
    await shoot(page, 'outside-excel');
    await page.close();
  });
});
