import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { CellValue, parseDay, parseNumber } from '../../src/analytics';
import { csvCells } from '../../src/cli/read-input';
import { ROOT } from './harness';

export const SHOTS = join(ROOT, 'artifacts', 'screenshots');

/** The first rows of the bundled Online Retail sample, typed as Excel would hold them (numbers, date serials). */
export async function sampleCells(rows: number): Promise<CellValue[][]> {
  const cells = csvCells(await readFile(join(ROOT, 'data', 'online-retail-2010-12.csv'), 'utf8')).slice(0, rows + 1);
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

/** A workbook with the sample as table "Orders" on sheet Orders, the selection inside it. */
export function ordersWorkbook(cells: CellValue[][], extra: Record<string, unknown> = {}) {
  return {
    sheets: [{ name: 'Orders', cells, tables: [{ name: 'Orders', address: `A1:H${cells.length}`, hasHeaders: true }] }],
    selection: { sheet: 'Orders', address: 'C10' },
    ...extra,
  };
}

const errors = new WeakMap<Page, string[]>();

/** What went wrong in a page opened by openPane, in order: uncaught errors and console errors (its worker's too). */
export const pageErrors = (page: Page): string[] => errors.get(page) ?? [];

/** Opens the production pane with the model (bundled) in place of office.js, preloaded with `init`. */
export async function openPane(browser: Browser, url: string, officeJs: string, init?: unknown, width = 450): Promise<Page> {
  // A context of its own, as axe-core's Playwright runner requires.
  const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
  const seen: string[] = [];
  errors.set(page, seen);
  page.on('pageerror', (e) => seen.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.push(`console: ${m.text()}`);
  });
  if (init) await page.addInitScript((value) => ((window as unknown as { __CX_MODEL_INIT__: unknown }).__CX_MODEL_INIT__ = value), init);
  await page.route('**/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: officeJs }));
  await page.goto(url + 'taskpane.html');
  return page;
}

type ModelView = {
  snapshot(): string;
  sheetValues(name: string): CellValue[][];
  state: { sheets: { id: string; name: string }[]; charts: { title: string }[]; tables: { name: string }[]; activeSheetId: string };
};

/** Runs `f` on the page's model (window.__CX_MODEL__) and returns its result. */
export function onModel<T>(page: Page, f: (model: ModelView) => T): Promise<T> {
  return page.evaluate(`(${f.toString()})(window.__CX_MODEL__)`) as Promise<T>;
}

export const sheetNames = (page: Page) => onModel(page, (m) => m.state.sheets.map((s) => s.name));
export const snapshot = (page: Page) => onModel(page, (m) => m.snapshot());

/** Opens an accordion step ("1. Data", …) unless it is open. */
export async function openStep(page: Page, name: string): Promise<void> {
  const header = page.getByRole('button', { name });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}

/** Closes an accordion step unless it is closed. */
export async function closeStep(page: Page, name: string): Promise<void> {
  const header = page.getByRole('button', { name });
  if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
}

/**
 * Picks an option in the Fluent dropdown with that accessible name. The list is asked for again
 * if it did not open (a click that lands while the pane re-renders the step can be lost).
 */
export async function choose(page: Page, dropdown: string, option: string): Promise<void> {
  const box = page.getByRole('combobox', { name: dropdown });
  const item = page.getByRole('option', { name: option, exact: true });
  for (let attempt = 0; ; attempt++) {
    if ((await box.getAttribute('aria-expanded')) !== 'true') await box.click();
    try {
      await item.click({ timeout: 5_000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}
