import { Area, intersects, modelError, parseAddress } from './addresses';
import { interpretInput } from './cell-input';
import { ClientObject, ModelContext, payloadBytes } from './client-object';
import { ModelRange } from './range';
import { checkTableName } from './sheet-names';
import { SheetState, TableState, WorkbookState, cellAt, clearArea, deleteCellsShiftLeft, insertCellsShiftDown, insertCellsShiftRight, setCell } from './state';
import { ModelWorksheet } from './worksheet';

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

  private sheetProxy?: ModelWorksheet;

  /** The table's worksheet: a navigation property (its id arrives with a load of 'items/worksheet/id'). */
  get worksheet(): ModelWorksheet {
    return (this.sheetProxy ??= new ModelWorksheet(this.ctx, () => {
      const t = this.find();
      return t && this.ctx.state.sheets.find((s) => s.id === t.sheetId);
    }));
  }

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

  /**
   * Deletes the table with its cells' contents, as VBA's ListObject.Delete ("deletes the
   * ListObject object and clears the cell data from the worksheet"); convertToRange keeps them.
   */
  delete(): void {
    this.ctx.enqueue(() => {
      const t = this.table();
      clearArea(this.ctx.state.sheetById(t.sheetId), t.area);
      this.ctx.state.tables = this.ctx.state.tables.filter((x) => x !== t);
    });
  }

  /** Removes the table and keeps its data as a plain range (ExcelApi 1.2). */
  convertToRange(): ModelRange {
    let kept: TableState | undefined;
    this.ctx.enqueue(() => {
      kept = this.table();
      this.ctx.state.tables = this.ctx.state.tables.filter((x) => x !== kept);
    });
    const t = () => kept ?? this.table();
    return new ModelRange(this.ctx, () => t().sheetId, () => t().area);
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
  getItem(key: string): ModelTableColumn {
    return new ModelTableColumn(this.ctx, this.table, key);
  }

  add(index?: number | null, values?: unknown[][] | null, name?: string): void {
    this.ctx.enqueue(() => {
      const t = this.table();
      if (index !== null && index !== undefined && index !== t.area.cols) throw modelError('InvalidArgument', 'The model only adds columns at the right edge.');
      const header = name ?? `Column${t.area.cols + 1}`;
      if (this.names().some((n) => n.toLowerCase() === header.toLowerCase())) throw modelError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      const sheet = this.ctx.state.sheetById(t.sheetId);
      const col = t.area.col + t.area.cols;
      insertCellsShiftRight(sheet, t.area.row, t.area.rows, col);
      t.area = { ...t.area, cols: t.area.cols + 1 };
      setCell(sheet, t.area.row, col, header);
      values?.forEach((row, i) => i > 0 && setCell(sheet, t.area.row + i, col, interpretInput(row[0]).value));
    }, payloadBytes(values));
  }
}

/** One table column, found by name: enough to delete it. */
export class ModelTableColumn extends ClientObject {
  constructor(
    ctx: ModelContext,
    private readonly table: () => TableState,
    private readonly name: string,
  ) {
    super(ctx, 'TableColumn');
  }

  private index(names: string[]): number {
    const j = names.findIndex((n) => n.toLowerCase() === this.name.toLowerCase());
    if (j < 0) throw modelError('ItemNotFound', "The requested resource doesn't exist.");
    return j;
  }

  protected readProperty(): unknown {
    throw modelError('InvalidArgument', 'TableColumn properties are not modelled.');
  }

  /** Like Excel: the column's cells in the table's rows go, cells to their right move one column left. */
  delete(): void {
    this.ctx.enqueue(() => {
      const t = this.table();
      const sheet = this.ctx.state.sheetById(t.sheetId);
      const names = Array.from({ length: t.area.cols }, (_, j) => String(cellAt(sheet, t.area.row, t.area.col + j) ?? ''));
      if (t.area.cols === 1) throw modelError('InvalidOperation', 'A table needs at least one column.');
      deleteCellsShiftLeft(sheet, t.area.row, t.area.rows, t.area.col + this.index(names));
      t.area = { ...t.area, cols: t.area.cols - 1 };
    });
  }
}

/** Table names Excel picks itself: Table1, Table2, … the first one no table has. */
function defaultTableName(state: WorkbookState): string {
  const taken = new Set(state.tables.map((t) => t.name.toLowerCase()));
  let n = 1;
  while (taken.has(`table${n}`)) n++;
  return `Table${n}`;
}

/**
 * Header cells as Excel leaves them: text, a blank one named ColumnN, a repeat numbered
 * ("Amount" twice gives "Amount", "Amount2"), since table column names are unique.
 */
function normalizeHeaders(sheet: SheetState, area: Area): void {
  const seen = new Set<string>();
  for (let j = 0; j < area.cols; j++) {
    const v = cellAt(sheet, area.row, area.col + j);
    let name = v === undefined || v === '' ? `Column${j + 1}` : String(v);
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${String(v ?? 'Column')}${k}`;
    seen.add(name.toLowerCase());
    setCell(sheet, area.row, area.col + j, name);
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
    return this.tables().map((t) => ({ id: t.id, name: t.name, style: t.style, worksheet: { id: t.sheetId } }));
  }

  get count(): number { return this.get('count'); }

  get items(): ModelTable[] {
    return this.get<{ id: string; name: string; worksheet: { id: string } }[]>('items').map(({ worksheet, ...item }) => {
      const table = new ModelTable(this.ctx, () => this.ctx.state.tables.find((t) => t.id === item.id)).preload(item);
      table.worksheet.preload(worksheet);
      return table;
    });
  }

  private find(name: string): () => TableState | undefined {
    return () => this.tables().find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** ItemNotFound at sync when no table has that name (in this collection's scope). */
  getItem(name: string): ModelTable {
    return new ModelTable(this.ctx, this.find(name));
  }

  getItemOrNullObject(name: string): ModelTable {
    return new ModelTable(this.ctx, this.find(name)).orNullObject();
  }

  private target(address: string | ModelRange): { sheetId: string; area: Area } {
    if (typeof address !== 'string') return { sheetId: address.sheetId(), area: address.area() };
    const parsed = parseAddress(address);
    const state = this.ctx.state;
    const named = parsed.sheet === undefined ? undefined : state.sheetByName(parsed.sheet);
    if (parsed.sheet !== undefined && !named) throw modelError('ItemNotFound', "The requested resource doesn't exist.");
    return { sheetId: named?.id ?? this.sheetId?.() ?? state.activeSheetId, area: parsed.area };
  }

  /**
   * Adds a table over an address (without a sheet part: this collection's sheet, or the active
   * one). Without headers, Excel "will automatically generate a header and shift the data down
   * by one row" (TableCollection.add reference); a table always keeps at least one data row.
   */
  add(address: string | ModelRange, hasHeaders: boolean): ModelTable {
    let created: TableState | undefined;
    this.ctx.enqueue(() => {
      const state = this.ctx.state;
      const { sheetId, area: given } = this.target(address);
      const area = { ...given, rows: given.rows + (hasHeaders ? 0 : 1) };
      if (area.rows < 2) area.rows = 2;
      if (state.tables.some((t) => t.sheetId === sheetId && intersects(t.area, area))) {
        throw modelError('MergedRangeConflict', "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.");
      }
      const sheet = state.sheetById(sheetId);
      if (!hasHeaders) insertCellsShiftDown(sheet, area.row, area.col, area.cols);
      normalizeHeaders(sheet, area);
      created = { id: state.newId('table'), name: defaultTableName(state), sheetId, area, hasHeaders: true, style: 'TableStyleMedium2', filtered: false };
      state.tables.push(created);
    });
    return new ModelTable(this.ctx, () => created);
  }
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
