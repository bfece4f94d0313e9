import { Area, checkArea, formatAddress, intersects, modelError, parseAddress } from './addresses';
import { interpretInput, FORMULA_VALUE } from './cell-input';
import { ClientObject, ModelContext, payloadBytes } from './client-object';
import { SheetState, cellAt, currentRegion, setCell, usedAreaWithin } from './state';
import { ModelWorksheet } from './worksheet';

type Matrix = unknown[][];

function shapeOf(m: unknown): [number, number] | undefined {
  if (!Array.isArray(m) || m.length === 0 || !m.every((r) => Array.isArray(r))) return undefined;
  const width = (m[0] as unknown[]).length;
  return m.every((r) => (r as unknown[]).length === width) ? [m.length, width] : undefined;
}

/**
 * Checks a 2D write against the range: exactly its shape, or one plain (non-array) value for
 * every cell. Excel runs `range.formulas = "=B1"` on A1:A10 (TypeScript's types want any[][]),
 * while `[["=B1"]]` there fails for not matching the range's rows (Microsoft 365 Developer
 * Platform idea "Allow passing a single value to the Range object Values and Formulas").
 */
function cellsFor(m: unknown, area: Area, property: string): (r: number, c: number) => unknown {
  if (!Array.isArray(m)) return () => m;
  const shape = shapeOf(m);
  if (!shape || shape[0] !== area.rows || shape[1] !== area.cols) {
    throw modelError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}).`);
  }
  return (r, c) => (m as Matrix)[r][c];
}

/** "A range is limited to 5,000,000 cells for read operations" (Resource limits and performance optimization for Office Add-ins). */
const MAX_READ_CELLS = 5_000_000;

const protectedSheet = () => modelError('AccessDenied', "The cell or chart you're trying to change is on a protected sheet.");

export class ModelRange extends ClientObject {
  /** `present`: for a *OrNullObject range, whether there is one. */
  constructor(
    ctx: ModelContext,
    readonly sheetId: () => string,
    readonly area: () => Area,
    private readonly present?: () => boolean,
  ) {
    super(ctx, 'Range');
    if (present) this.orNullObject();
  }

  protected override exists(): boolean {
    return this.present?.() ?? true;
  }

  private sheetProxy?: ModelWorksheet;

  /** The worksheet containing the range: a navigation property, usable without a load. */
  get worksheet(): ModelWorksheet {
    return (this.sheetProxy ??= new ModelWorksheet(this.ctx, () => this.ctx.state.sheets.find((s) => s.id === this.sheetId())));
  }

  private sheet(): SheetState {
    return this.ctx.state.sheetById(this.sheetId());
  }

  protected readProperty(name: string): unknown {
    const sheet = this.sheet();
    const a = this.area();
    const grid = (f: (r: number, c: number) => unknown) => {
      if (a.rows * a.cols > MAX_READ_CELLS) throw modelError('RangeExceedsLimit', 'The cell count in the range has exceeded the maximum supported number.');
      return Array.from({ length: a.rows }, (_, i) => Array.from({ length: a.cols }, (_, j) => f(a.row + i, a.col + j)));
    };
    switch (name) {
      case 'address': return formatAddress(sheet.name, a);
      case 'rowCount': return a.rows;
      case 'columnCount': return a.cols;
      case 'rowIndex': return a.row;
      case 'columnIndex': return a.col;
      case 'values': return grid((r, c) => (sheet.formulas.has(`${r},${c}`) ? FORMULA_VALUE : cellAt(sheet, r, c) ?? ''));
      case 'formulas': return grid((r, c) => sheet.formulas.get(`${r},${c}`) ?? cellAt(sheet, r, c) ?? '');
      case 'numberFormat': return grid((r, c) => sheet.numberFormats.get(`${r},${c}`) ?? 'General');
      default: throw modelError('InvalidArgument', `Range has no property "${name}" in this model.`);
    }
  }

  get address(): string { return this.get('address'); }
  get rowCount(): number { return this.get('rowCount'); }
  get columnCount(): number { return this.get('columnCount'); }
  get rowIndex(): number { return this.get('rowIndex'); }
  get columnIndex(): number { return this.get('columnIndex'); }
  get values(): unknown[][] { return this.get('values'); }
  get formulas(): unknown[][] { return this.get('formulas'); }
  get numberFormat(): unknown[][] { return this.get('numberFormat'); }

  set values(m: unknown[][]) {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.protected) throw protectedSheet();
      const a = this.area();
      const at = cellsFor(m, a, 'values');
      for (let i = 0; i < a.rows; i++) {
        for (let j = 0; j < a.cols; j++) {
          const v = at(i, j);
          if (v === null || v === undefined) continue; // null leaves the cell as it is
          const { value, formula } = interpretInput(v);
          setCell(sheet, a.row + i, a.col + j, value === '' ? undefined : value);
          if (formula) sheet.formulas.set(`${a.row + i},${a.col + j}`, formula);
        }
      }
    }, payloadBytes(m));
  }

  set numberFormat(m: unknown[][]) {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.protected) throw protectedSheet();
      const a = this.area();
      const at = cellsFor(m, a, 'numberFormat');
      for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) sheet.numberFormats.set(`${a.row + i},${a.col + j}`, String(at(i, j)));
    }, payloadBytes(m));
  }

  clear(): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      const a = this.area();
      for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) setCell(sheet, a.row + i, a.col + j, undefined);
    });
  }

  private derived(f: (a: Area) => Area): ModelRange {
    return new ModelRange(this.ctx, this.sheetId, () => {
      const next = f(this.area());
      checkArea(next);
      return next;
    });
  }

  getCell(row: number, col: number): ModelRange { return this.derived((a) => ({ row: a.row + row, col: a.col + col, rows: 1, cols: 1 })); }
  getRow(row: number): ModelRange { return this.derived((a) => ({ ...a, row: a.row + row, rows: 1 })); }
  getColumn(col: number): ModelRange { return this.derived((a) => ({ ...a, col: a.col + col, cols: 1 })); }
  getOffsetRange(rows: number, cols: number): ModelRange { return this.derived((a) => ({ ...a, row: a.row + rows, col: a.col + cols })); }
  getResizedRange(rows: number, cols: number): ModelRange { return this.derived((a) => ({ ...a, rows: a.rows + rows, cols: a.cols + cols })); }
  /** Ctrl+* from the range's top-left cell (ExcelApi 1.7). */
  getSurroundingRegion(): ModelRange { return this.derived((a) => currentRegion(this.sheet(), { row: a.row, col: a.col, rows: 1, cols: 1 })); }

  /** The other range (a Range or an address on this range's sheet). */
  private other(another: ModelRange | string): { sheetId: () => string; area: () => Area } {
    if (typeof another !== 'string') return another;
    const { area } = parseAddress(another);
    return { sheetId: this.sheetId, area: () => area };
  }

  private overlap(another: ModelRange | string): Area | undefined {
    const b = this.other(another);
    const a = this.area();
    const o = b.area();
    if (b.sheetId() !== this.sheetId() || !intersects(a, o)) return undefined;
    const row = Math.max(a.row, o.row);
    const col = Math.max(a.col, o.col);
    return { row, col, rows: Math.min(a.row + a.rows, o.row + o.rows) - row, cols: Math.min(a.col + a.cols, o.col + o.cols) - col };
  }

  /** The rectangular intersection; ItemNotFound at sync when the ranges do not meet. */
  getIntersection(another: ModelRange | string): ModelRange {
    const range = new ModelRange(this.ctx, this.sheetId, () => {
      const o = this.overlap(another);
      if (!o) throw modelError('ItemNotFound', "The requested resource doesn't exist.");
      return o;
    });
    this.ctx.enqueue(() => void range.area());
    return range;
  }

  /** The rectangular intersection, or a null object when the ranges do not meet. */
  getIntersectionOrNullObject(another: ModelRange | string): ModelRange {
    return new ModelRange(this.ctx, this.sheetId, () => this.overlap(another) ?? this.area(), () => this.overlap(another) !== undefined);
  }

  /** The merged areas inside this range (ExcelApi 1.13); a null object when there are none. The model returns the first area's address. */
  getMergedAreasOrNullObject(): ModelRange {
    const merged = () => this.ctx.state.merges.find((m) => m.sheetId === this.sheetId() && intersects(m.area, this.area()));
    return new ModelRange(this.ctx, this.sheetId, () => merged()?.area ?? this.area(), () => merged() !== undefined);
  }

  /** The used cells within this range (the model only knows values); a null object when all are empty (ExcelApi 1.4). */
  getUsedRangeOrNullObject(): ModelRange {
    const used = () => usedAreaWithin(this.sheet(), this.area());
    return new ModelRange(this.ctx, this.sheetId, () => used() ?? this.area(), () => used() !== undefined);
  }

  format = ((ctx: ModelContext, range: ModelRange) => ({
    autofitColumns: () => ctx.enqueue(() => undefined),
    autofitRows: () => ctx.enqueue(() => undefined),
    /** Column width in points, per column of the range. */
    set columnWidth(points: number) {
      ctx.enqueue(() => {
        const a = range.area();
        for (let c = a.col; c < a.col + a.cols; c++) ctx.state.columnWidths.set(`${range.sheetId()}:${c}`, points);
      });
    },
  }))(this.ctx, this);

  /** Conditional formats (ExcelApi 1.6): the model records the type and the colour scale's criteria. */
  readonly conditionalFormats = ((ctx: ModelContext, range: ModelRange) => ({
    add: (type: string) => {
      const entry: { sheetId: string; address: string; type: string; criteria?: unknown } = { sheetId: '', address: '', type };
      ctx.enqueue(() => {
        entry.sheetId = range.sheetId();
        entry.address = formatAddress(ctx.state.sheetById(range.sheetId()).name, range.area());
        ctx.state.conditionalFormats.push(entry);
      });
      return {
        colorScale: {
          set criteria(v: unknown) {
            ctx.enqueue(() => (entry.criteria = v));
          },
        },
      };
    },
  }))(this.ctx, this);
}
