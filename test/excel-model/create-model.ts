import { parseAddress } from './addresses';
import { interpretInput } from './cell-input';
import { ModelContext } from './client-object';
import { Cell, WorkbookState, setCell } from './state';
import { ModelWorkbook } from './workbook';

/** "1.9" → 9, "1.12" → 12: requirement sets compare by minor version, not as decimals. */
export function minorVersion(version: string): number {
  return Number(version.split('.')[1] ?? 0);
}

export type InitCell = string | number | boolean | null | undefined;

export interface ModelInit {
  sheets: { name: string; cells: InitCell[][]; tables?: { name: string; address: string; hasHeaders?: boolean }[] }[];
  selection?: { sheet: string; address: string };
  activeSheet?: string;
  /** Highest ExcelApi requirement set the host supports, as Office writes it (default "1.12"). */
  excelApi?: string;
}

function loadInit(init: ModelInit): WorkbookState {
  const state = new WorkbookState();
  for (const s of init.sheets) {
    const sheet = state.addSheet(s.name);
    s.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        const { value, formula } = typeof v === 'string' ? interpretInput(v) : { value: v as Cell, formula: undefined };
        setCell(sheet, r, c, value);
        if (formula) sheet.formulas.set(`${r},${c}`, formula);
      }),
    );
    for (const t of s.tables ?? []) {
      state.tables.push({ id: state.newId('table'), name: t.name, sheetId: sheet.id, area: parseAddress(t.address).area, hasHeaders: t.hasHeaders ?? true, style: 'TableStyleMedium2', filtered: false });
    }
  }
  const active = init.activeSheet ? state.sheetByName(init.activeSheet) : undefined;
  if (active) state.activeSheetId = active.id;
  if (init.selection) {
    const sheet = state.sheetByName(init.selection.sheet)!;
    state.selection = { sheetId: sheet.id, area: parseAddress(init.selection.address).area };
    state.activeSheetId = sheet.id;
  }
  return state;
}

/**
 * An in-memory Excel: the `Excel` and `Office` globals an add-in sees, over a workbook held
 * in memory, enforcing the API's rules (load before read, shapes, names, 5 MB per sync).
 */
export function createExcelModel(init: ModelInit) {
  const state = loadInit(init);
  const excelApi = minorVersion(init.excelApi ?? '1.12');
  state.excelApi = excelApi;
  const Excel = {
    async run<T>(batch: (context: ModelContext & { workbook: ModelWorkbook }) => Promise<T>): Promise<T> {
      const context = new ModelContext(state) as ModelContext & { workbook: ModelWorkbook };
      context.workbook = new ModelWorkbook(context);
      const result = await batch(context);
      if (context.pending > 0) await context.sync(); // Excel.run syncs what the batch left queued
      return result;
    },
  };
  const documentSettings = new Map<string, unknown>();
  const Office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
    onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }),
    actions: { associate: () => undefined },
    context: {
      officeTheme: { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000', controlBackgroundColor: '#ffffff', controlForegroundColor: '#000000' },
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === 'SharedRuntime' || (name === 'ExcelApi' && minorVersion(version ?? '1.1') <= excelApi),
      },
      document: {
        settings: {
          get: (key: string) => documentSettings.get(key) ?? null,
          set: (key: string, value: unknown) => void documentSettings.set(key, value),
          remove: (key: string) => void documentSettings.delete(key),
          saveAsync: (callback?: (r: { status: string }) => void) => callback?.({ status: 'succeeded' }),
        },
      },
    },
  };
  return {
    Excel,
    Office,
    state,
    stats: state.stats,
    /** What a user's click does: activate a sheet and select a range on it. */
    select(sheetName: string, address: string): void {
      const sheet = state.sheetByName(sheetName)!;
      state.activeSheetId = sheet.id;
      state.selection = { sheetId: sheet.id, area: parseAddress(address).area };
    },
    /** A sheet's values as Range.values would give them for its used range from A1 ("" for empty). */
    sheetValues(name: string): (Cell | '')[][] {
      const sheet = state.sheetByName(name);
      if (!sheet) throw new Error(`No sheet named ${name}`);
      let width = 0;
      for (let r = 0; r < sheet.cells.length; r++) width = Math.max(width, sheet.cells[r]?.length ?? 0);
      return Array.from({ length: sheet.cells.length }, (_, r) => Array.from({ length: width }, (_, c) => sheet.cells[r]?.[c] ?? ''));
    },
  };
}

export type ExcelModel = ReturnType<typeof createExcelModel>;
