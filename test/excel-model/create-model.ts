import { parseAddress } from './addresses';
import { interpretInput } from './cell-input';
import { ModelContext } from './client-object';
import { OfficeThemeName, Platform, createOffice, minorVersion } from './office';
import { checkSheetName, checkTableName } from './sheet-names';
import { Cell, SheetState, WorkbookState, setCell, usedArea } from './state';
import { ModelWorkbook } from './workbook';

export { minorVersion } from './office';

export type InitCell = string | number | boolean | null | undefined;

export interface ModelInit {
  /** Cells are row-major from A1, written as a user would type them (so "'=x" is the text "=x"). */
  sheets: { name: string; cells: InitCell[][]; tables?: { name: string; address: string; hasHeaders?: boolean }[] }[];
  selection?: { sheet: string; address: string };
  activeSheet?: string;
  /** Highest ExcelApi requirement set the host supports, as Office writes it (default "1.12"). */
  excelApi?: string;
  /** What Office.onReady reports (default "PC"); the 5 MB payload cap of Excel on the web applies whatever it says. */
  platform?: Platform;
  /** Office's theme as officeTheme reports it (default colorful). */
  theme?: OfficeThemeName;
  /** Milliseconds each sync waits, as a round trip to Excel would (default 0). */
  latencyMs?: number;
}

function loadSheet(state: WorkbookState, s: ModelInit['sheets'][number]): void {
  checkSheetName(s.name, state.sheets.map((x) => x.name));
  const sheet = state.addSheet(s.name);
  s.cells.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === '') return;
      const { value, formula } = interpretInput(v);
      setCell(sheet, r, c, value);
      if (formula) sheet.formulas.set(`${r},${c}`, formula);
    }),
  );
  for (const t of s.tables ?? []) {
    checkTableName(t.name, state.tables.map((x) => x.name));
    const area = parseAddress(t.address).area;
    state.tables.push({ id: state.newId('table'), name: t.name, sheetId: sheet.id, area, hasHeaders: t.hasHeaders ?? true, style: 'TableStyleMedium2', filtered: false });
  }
}

function loadInit(init: ModelInit): WorkbookState {
  const state = new WorkbookState();
  for (const s of init.sheets) loadSheet(state, s);
  const active = init.activeSheet ? state.sheet(init.activeSheet) : undefined;
  if (active) state.activeSheetId = active.id;
  if (init.selection) {
    const sheet = state.sheet(init.selection.sheet);
    state.selection = { sheetId: sheet.id, area: parseAddress(init.selection.address).area };
    state.activeSheetId = sheet.id;
  }
  return state;
}

/** A sheet's values as Range.values gives them from A1 to the used range's far corner ("" for empty; [] for a blank sheet). */
function valuesOf(sheet: SheetState): (Cell | '')[][] {
  const used = usedArea(sheet, true);
  const rows = used ? used.row + used.rows : 0;
  const width = used ? used.col + used.cols : 0;
  return Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => sheet.cells[r]?.[c] ?? ''));
}

const sorted = (m: Map<string, unknown>) => [...m].sort(([a], [b]) => a.localeCompare(b));

const sheetSnapshot = (s: SheetState) => ({ name: s.name, values: valuesOf(s), formulas: sorted(s.formulas), numberFormats: sorted(s.numberFormats) });

/** Everything a test may compare before and after: sheets in order with values, formulas, formats; tables; settings; charts; the active sheet. */
function snapshotOf(state: WorkbookState): string {
  return JSON.stringify({
    sheets: state.sheets.map(sheetSnapshot),
    tables: state.tables.map((t) => ({ name: t.name, sheet: state.sheetById(t.sheetId).name, area: t.area, style: t.style })),
    settings: sorted(state.settings),
    charts: state.charts.map(({ id: _id, sheetId, ...c }) => ({ sheet: state.sheetById(sheetId).name, ...c })),
    conditionalFormats: state.conditionalFormats.map(({ sheetId, ...f }) => ({ sheet: state.sheetById(sheetId).name, ...f })),
    activeSheet: state.sheets.find((s) => s.id === state.activeSheetId)?.name,
  });
}

/**
 * An in-memory Excel: the `Excel` and `Office` globals an add-in sees, over a workbook held
 * in memory, enforcing the API's rules (load before read, shapes, names, 5 MB per sync).
 */
export function createExcelModel(init: ModelInit) {
  const state = loadInit(init);
  state.excelApi = minorVersion(init.excelApi ?? '1.12');
  state.latencyMs = init.latencyMs ?? 0;
  const Excel = {
    /** Runs a batch; what the batch leaves queued is synced when it returns, as Excel.run does. */
    async run<T>(batch: (context: ModelContext & { workbook: ModelWorkbook }) => Promise<T>): Promise<T> {
      const context = new ModelContext(state) as ModelContext & { workbook: ModelWorkbook };
      context.workbook = new ModelWorkbook(context);
      const result = await batch(context);
      if (context.pending > 0) await context.sync();
      return result;
    },
  };
  return {
    Excel,
    Office: createOffice(state.excelApi, init.platform ?? 'PC', init.theme),
    state,
    stats: state.stats,
    /** What a user's click does: activate a sheet and select a range on it. */
    select(sheetName: string, address: string): void {
      const sheet = state.sheet(sheetName);
      state.activeSheetId = sheet.id;
      state.selection = { sheetId: sheet.id, area: parseAddress(address).area };
    },
    /** A sheet's values as Range.values would give them for its used range from A1 ("" for empty). */
    sheetValues(name: string): (Cell | '')[][] {
      return valuesOf(state.sheet(name));
    },
    /** A deep snapshot as JSON, for byte-for-byte comparisons: of one sheet (values, formulas, formats), or of the whole workbook. */
    snapshot(sheetName?: string): string {
      return sheetName === undefined ? snapshotOf(state) : JSON.stringify(sheetSnapshot(state.sheet(sheetName)));
    },
  };
}

export type ExcelModel = ReturnType<typeof createExcelModel>;
