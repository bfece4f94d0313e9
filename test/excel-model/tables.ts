import { Area, modelError, parseAddress } from './addresses';
import { ClientObject, ModelContext } from './client-object';
import { ModelRange } from './range';
import { checkTableName } from './sheet-names';
import { Cell, TableState, cellAt, insertCellsShiftRight, setCell } from './state';

export class ModelTable extends ClientObject {
  constructor(
    ctx: ModelContext,
    private readonly find: () => TableState | undefined,
  ) {
    super(ctx, 'Table');
  }

  protected override exists(): boolean {
    return this.find() !== undefined;
  }

  private table(): TableState {
    const t = this.find();
    if (!t) throw modelError('ItemNotFound', "The requested resource doesn't exist.");
    return t;
  }

  protected readProperty(name: string): unknown {
    const t = this.table();
    switch (name) {
      case 'name': return t.name;
      case 'id': return t.id;
      case 'style': return t.style;
      case 'showHeaders': return t.hasHeaders;
      default: throw modelError('InvalidArgument', `Table has no property "${name}" in this model.`);
    }
  }

  get name(): string { return this.get('name'); }
  get id(): string { return this.get('id'); }
  get style(): string { return this.get('style'); }
  /** Loaded with the collection as 'items/worksheet/id'. */
  get worksheet(): { id: string } { return this.get('worksheet'); }

  set name(value: string) {
    this.ctx.enqueue(() => {
      const t = this.table();
      checkTableName(value, this.ctx.state.tables.filter((x) => x !== t).map((x) => x.name));
      t.name = value;
    });
  }

  set style(value: string) {
    this.ctx.enqueue(() => (this.table().style = value));
  }

  private range(f: (t: TableState) => Area): ModelRange {
    return new ModelRange(this.ctx, () => this.table().sheetId, () => f(this.table()));
  }

  getRange(): ModelRange { return this.range((t) => t.area); }
  getHeaderRowRange(): ModelRange { return this.range((t) => ({ ...t.area, rows: 1 })); }
  getDataBodyRange(): ModelRange { return this.range((t) => ({ ...t.area, row: t.area.row + 1, rows: t.area.rows - 1 })); }

  private filter?: ModelAutoFilter;

  /** The table's AutoFilter (ExcelApi 1.9); the model records whether it filters, it hides no rows. */
  get autoFilter(): ModelAutoFilter {
    return (this.filter ??= new ModelAutoFilter(this.ctx, () => this.table()));
  }

  delete(): void {
    this.ctx.enqueue(() => (this.ctx.state.tables = this.ctx.state.tables.filter((t) => t !== this.table())));
  }

  private columnCollection?: ModelTableColumnCollection;

  get columns(): ModelTableColumnCollection {
    return (this.columnCollection ??= new ModelTableColumnCollection(this.ctx, () => this.table()));
  }
}

/** Table columns: their names are the header row's cells. */
export class ModelTableColumnCollection extends ClientObject {
  constructor(
    ctx: ModelContext,
    private readonly table: () => TableState,
  ) {
    super(ctx, 'TableColumnCollection');
  }

  private names(): string[] {
    const t = this.table();
    const sheet = this.ctx.state.sheetById(t.sheetId);
    return Array.from({ length: t.area.cols }, (_, j) => String(cellAt(sheet, t.area.row, t.area.col + j) ?? ''));
  }

  protected readProperty(name: string): unknown {
    if (name === 'count') return this.table().area.cols;
    if (name !== 'items') throw modelError('InvalidArgument', `TableColumnCollection has no property "${name}" in this model.`);
    return this.names().map((n, index) => ({ name: n, index }));
  }

  get items(): { name: string; index: number }[] {
    return this.get('items');
  }

  /**
   * Adds a column at the table's right edge (index omitted): like Excel, it inserts cells in
   * the table's rows, shifting whatever sits to the right of the table one column over.
   */
  add(index?: number | null, values?: unknown[][] | null, name?: string): void {
    this.ctx.enqueue(() => {
      const t = this.table();
      if (index !== null && index !== undefined && index !== t.area.cols) throw modelError('InvalidArgument', 'The model only adds columns at the right edge.');
      const sheet = this.ctx.state.sheetById(t.sheetId);
      const col = t.area.col + t.area.cols;
      insertCellsShiftRight(sheet, t.area.row, t.area.rows, col);
      t.area = { ...t.area, cols: t.area.cols + 1 };
      const names = this.names().slice(0, -1);
      const header = name ?? `Column${t.area.cols}`;
      if (names.some((n) => n.toLowerCase() === header.toLowerCase())) throw modelError('InvalidArgument', `The table already has a column named "${header}".`);
      setCell(sheet, t.area.row, col, header);
      if (values) values.forEach((row, i) => i > 0 && setCell(sheet, t.area.row + i, col, row[0] as Cell));
    }, JSON.stringify(values ?? null).length);
  }
}

export class ModelTableCollection extends ClientObject {
  constructor(
    ctx: ModelContext,
    private readonly sheetId?: () => string,
  ) {
    super(ctx, 'TableCollection');
  }

  private tables(): TableState[] {
    return this.ctx.state.tables.filter((t) => !this.sheetId || t.sheetId === this.sheetId());
  }

  protected readProperty(name: string): unknown {
    if (name === 'count') return this.tables().length;
    if (name !== 'items') throw modelError('InvalidArgument', `TableCollection has no property "${name}" in this model.`);
    return this.tables().map((t) => ({ id: t.id, name: t.name, worksheet: { id: t.sheetId } }));
  }

  get count(): number { return this.get('count'); }

  get items(): ModelTable[] {
    return this.get<{ id: string; name: string; worksheet: { id: string } }[]>('items').map((item) =>
      new ModelTable(this.ctx, () => this.ctx.state.tables.find((t) => t.id === item.id)).preload(item),
    );
  }

  getItem(name: string): ModelTable {
    return new ModelTable(this.ctx, () => this.ctx.state.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()));
  }

  getItemOrNullObject(name: string): ModelTable {
    return this.getItem(name);
  }

  /** Adds a table over an address (the sheet part names the sheet for workbook.tables.add). */
  add(address: string | ModelRange, hasHeaders: boolean): ModelTable {
    let created: TableState | undefined;
    this.ctx.enqueue(() => {
      const state = this.ctx.state;
      let sheetId: string;
      let area: Area;
      if (typeof address === 'string') {
        const parsed = parseAddress(address);
        const sheet = parsed.sheet ? state.sheetByName(parsed.sheet) : undefined;
        sheetId = this.sheetId?.() ?? sheet?.id ?? state.activeSheetId;
        area = parsed.area;
      } else {
        sheetId = address.sheetId();
        area = address.area();
      }
      if (state.tables.some((t) => t.sheetId === sheetId && overlaps(t.area, area))) {
        throw modelError('InvalidOperation', "A table can't overlap another table.");
      }
      const name = `Table${state.tables.length + 1}`;
      created = { id: state.newId('table'), name, sheetId, area, hasHeaders, style: 'TableStyleMedium2', filtered: false };
      state.tables.push(created);
    });
    return new ModelTable(this.ctx, () => created);
  }
}

function overlaps(a: Area, b: Area): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export class ModelAutoFilter extends ClientObject {
  constructor(
    ctx: ModelContext,
    private readonly table: () => TableState,
  ) {
    super(ctx, 'AutoFilter');
  }

  protected readProperty(name: string): unknown {
    if (name === 'isDataFiltered') return this.table().filtered;
    if (name === 'enabled') return true;
    throw modelError('InvalidArgument', `AutoFilter has no property "${name}" in this model.`);
  }

  get isDataFiltered(): boolean { return this.get('isDataFiltered'); }

  clearCriteria(): void {
    this.ctx.enqueue(() => (this.table().filtered = false));
  }
}
