import { Area, MAX_COLUMNS, MAX_ROWS, modelError } from './addresses';
import type { ChartState } from './charts';

export type Cell = string | number | boolean;

export interface SheetState {
  id: string;
  name: string;
  /** Row-major values; a missing row or cell is empty. */
  cells: (Cell | undefined)[][];
  formulas: Map<string, string>;
  numberFormats: Map<string, string>;
  protected: boolean;
}

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  area: Area;
  hasHeaders: boolean;
  style: string;
  filtered: boolean;
}

/** Per-sync traffic, as Excel on the web would see it. */
export interface SyncStats {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  requestBytes: number[];
  responseBytes: number[];
  /**
   * When the model applied each batch ([start, end], performance.now()): the work real Excel
   * does in its own process, which the pane's responsiveness figures leave out.
   */
  excelBusy: [number, number][];
}

/** The 5 MB request/response cap of Excel on the web. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export class WorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  activeSheetId = '';
  selection: { sheetId: string; area: Area } | undefined;
  settings = new Map<string, unknown>();
  charts: ChartState[] = [];
  conditionalFormats: { sheetId: string; address: string; type: string; criteria?: unknown }[] = [];
  columnWidths = new Map<string, number>();
  /** Merged areas, as a user's Merge & Center leaves them. */
  merges: { sheetId: string; area: Area }[] = [];
  /** Minor version of the highest ExcelApi set the host supports (12 for 1.12). */
  excelApi = 12;
  stats: SyncStats = { syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0, requestBytes: [], responseBytes: [], excelBusy: [] };
  /** Milliseconds each sync waits (a round trip to Excel). */
  latencyMs = 0;
  /** When true every API call fails as Excel does while the user edits a cell. */
  cellEditMode = false;
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  sheetById(id: string): SheetState {
    const s = this.sheets.find((x) => x.id === id);
    if (!s) throw modelError('ItemNotFound', 'The requested resource doesn\'t exist.');
    return s;
  }

  sheetByName(name: string): SheetState | undefined {
    return this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
  }

  /** For tests: the sheet of that name, which must exist. */
  sheet(name: string): SheetState {
    const s = this.sheetByName(name);
    if (!s) throw new Error(`The model has no sheet named "${name}".`);
    return s;
  }

  addSheet(name: string): SheetState {
    const sheet: SheetState = { id: this.newId('sheet'), name, cells: [], formulas: new Map(), numberFormats: new Map(), protected: false };
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }
}

export function cellAt(sheet: SheetState, row: number, col: number): Cell | undefined {
  return sheet.cells[row]?.[col];
}

export function setCell(sheet: SheetState, row: number, col: number, v: Cell | undefined): void {
  const r = (sheet.cells[row] ??= []);
  r[col] = v;
  sheet.formulas.delete(`${row},${col}`);
}

/**
 * The used range: rows and columns up to the last non-empty cell (undefined when the sheet is
 * empty). Unless valuesOnly, cells with a number format other than General count too, as
 * formatted cells do in Excel's Worksheet.getUsedRange().
 */
export function usedArea(sheet: SheetState, valuesOnly = false): Area | undefined {
  let minR = MAX_ROWS, minC = MAX_COLUMNS, maxR = -1, maxC = -1;
  const include = (r: number, c: number) => {
    minR = Math.min(minR, r);
    maxR = Math.max(maxR, r);
    minC = Math.min(minC, c);
    maxC = Math.max(maxC, c);
  };
  sheet.cells.forEach((row, r) => row?.forEach((v, c) => v !== undefined && v !== '' && include(r, c)));
  if (!valuesOnly) {
    for (const [key, format] of sheet.numberFormats) {
      if (format === 'General') continue;
      const [r, c] = key.split(',').map(Number);
      include(r, c);
    }
  }
  return maxR < 0 ? undefined : { row: minR, col: minC, rows: maxR - minR + 1, cols: maxC - minC + 1 };
}

const isEmpty = (sheet: SheetState, r: number, c: number) => {
  const v = cellAt(sheet, r, c);
  return v === undefined || v === '';
};

/** Excel's current region (Ctrl+*): grow the area while any cell bordering it (diagonals included) has a value. */
export function currentRegion(sheet: SheetState, start: Area): Area {
  let top = start.row;
  let left = start.col;
  let bottom = start.row + start.rows - 1;
  let right = start.col + start.cols - 1;
  const rowHas = (r: number) => {
    if (r < 0 || r >= MAX_ROWS) return false;
    for (let c = Math.max(0, left - 1); c <= Math.min(MAX_COLUMNS - 1, right + 1); c++) if (!isEmpty(sheet, r, c)) return true;
    return false;
  };
  const colHas = (c: number) => {
    if (c < 0 || c >= MAX_COLUMNS) return false;
    for (let r = Math.max(0, top - 1); r <= Math.min(MAX_ROWS - 1, bottom + 1); r++) if (!isEmpty(sheet, r, c)) return true;
    return false;
  };
  for (let grown = true; grown; ) {
    grown = false;
    while (rowHas(bottom + 1)) (bottom++, (grown = true));
    while (rowHas(top - 1)) (top--, (grown = true));
    if (colHas(left - 1)) (left--, (grown = true));
    if (colHas(right + 1)) (right++, (grown = true));
  }
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

/** The bounding box of the non-empty cells inside `area`, or undefined when there are none. */
export function usedAreaWithin(sheet: SheetState, area: Area): Area | undefined {
  let minR = Infinity, minC = Infinity, maxR = -1, maxC = -1;
  for (let r = area.row; r < area.row + area.rows; r++) {
    const row = sheet.cells[r];
    if (!row) continue;
    for (let c = area.col; c < Math.min(row.length, area.col + area.cols); c++) {
      if (row[c] === undefined || row[c] === '') continue;
      minR = Math.min(minR, r);
      maxR = Math.max(maxR, r);
      minC = Math.min(minC, c);
      maxC = Math.max(maxC, c);
    }
  }
  return maxR < 0 ? undefined : { row: minR, col: minC, rows: maxR - minR + 1, cols: maxC - minC + 1 };
}

/** Empties an area: values, formulas and number formats. */
export function clearArea(sheet: SheetState, a: Area): void {
  for (let r = a.row; r < a.row + a.rows; r++) {
    for (let c = a.col; c < a.col + a.cols; c++) {
      if (sheet.cells[r]?.[c] !== undefined) setCell(sheet, r, c, undefined);
      sheet.formulas.delete(`${r},${c}`);
      sheet.numberFormats.delete(`${r},${c}`);
    }
  }
}

/** Moves the formulas and number formats of the cells `f` maps to their new place. */
/** Moves formulas and formats with their cells: `f` gives the new place, undefined to stay, null to drop. */
function moveKeyed(sheet: SheetState, f: (r: number, c: number) => [number, number] | undefined | null): void {
  for (const map of [sheet.formulas, sheet.numberFormats] as Map<string, string>[]) {
    const moved = [...map].flatMap(([key, v]) => {
      const [r, c] = key.split(',').map(Number);
      const to = f(r, c);
      if (to === null) return [];
      return [[to ? `${to[0]},${to[1]}` : key, v] as const];
    });
    map.clear();
    for (const [key, v] of moved) map.set(key, v);
  }
}

/** Inserts one empty row of cells at `row` across columns [col, col + cols), shifting the cells below it down. */
export function insertCellsShiftDown(sheet: SheetState, row: number, col: number, cols: number): void {
  for (let r = sheet.cells.length; r > row; r--) {
    for (let c = col; c < col + cols; c++) {
      const above = sheet.cells[r - 1]?.[c];
      if (above !== undefined || sheet.cells[r]?.[c] !== undefined) (sheet.cells[r] ??= [])[c] = above;
    }
  }
  for (let c = col; c < col + cols; c++) if (sheet.cells[row]) sheet.cells[row][c] = undefined;
  moveKeyed(sheet, (r, c) => (r >= row && c >= col && c < col + cols ? [r + 1, c] : undefined));
}

/** Inserts one empty cell at (row, col) in each of `rows` rows, shifting the cells to its right. */
export function insertCellsShiftRight(sheet: SheetState, row: number, rows: number, col: number): void {
  for (let r = row; r < row + rows; r++) {
    const cells = sheet.cells[r];
    if (cells && cells.length > col) cells.splice(col, 0, undefined);
  }
  moveKeyed(sheet, (r, c) => (r >= row && r < row + rows && c >= col ? [r, c + 1] : undefined));
}

/** Deletes the cell at (row, col) in each of `rows` rows, shifting the cells to its right one column left. */
export function deleteCellsShiftLeft(sheet: SheetState, row: number, rows: number, col: number): void {
  for (let r = row; r < row + rows; r++) {
    const cells = sheet.cells[r];
    if (cells && cells.length > col) cells.splice(col, 1);
  }
  moveKeyed(sheet, (r, c) => (r < row || r >= row + rows || c < col ? undefined : c === col ? null : [r, c - 1]));
}
