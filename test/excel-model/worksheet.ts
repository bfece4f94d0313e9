import { Area, checkArea, formatAddress, modelError, parseAddress } from './addresses';
import { ClientObject, ModelContext } from './client-object';
import { ModelRange } from './range';
import { checkSheetName } from './sheet-names';
import { SheetState, usedArea } from './state';
import { ModelTableCollection } from './tables';
import { ModelChartCollection } from './charts';

/** A worksheet proxy, found at sync by id, name or as the active sheet. */
export class ModelWorksheet extends ClientObject {
  constructor(
    ctx: ModelContext,
    private readonly find: () => SheetState | undefined,
  ) {
    super(ctx, 'Worksheet');
  }

  protected override exists(): boolean {
    return this.find() !== undefined;
  }

  sheet(): SheetState {
    const s = this.find();
    if (!s) throw modelError('ItemNotFound', "The requested resource doesn't exist.");
    return s;
  }

  protected readProperty(name: string): unknown {
    const sheet = this.sheet();
    switch (name) {
      case 'name': return sheet.name;
      case 'id': return sheet.id;
      case 'position': return this.ctx.state.sheets.indexOf(sheet);
      case 'protection': return { protected: sheet.protected };
      default: throw modelError('InvalidArgument', `Worksheet has no property "${name}" in this model.`);
    }
  }

  get name(): string { return this.get('name'); }
  get id(): string { return this.get('id'); }
  get position(): number { return this.get('position'); }
  /** Loaded as 'protection/protected', like Office.js' WorksheetProtection. */
  get protection(): { protected: boolean } { return this.get('protection'); }

  set name(value: string) {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      checkSheetName(value, this.ctx.state.sheets.filter((s) => s !== sheet).map((s) => s.name));
      sheet.name = value;
    });
  }

  private tableCollection?: ModelTableCollection;

  /** A navigation property: the same proxy every time, as in Office.js. */
  get tables(): ModelTableCollection {
    return (this.tableCollection ??= new ModelTableCollection(this.ctx, () => this.sheet().id));
  }

  private chartCollection?: ModelChartCollection;

  get charts(): ModelChartCollection {
    return (this.chartCollection ??= new ModelChartCollection(this.ctx, () => this.sheet().id, this.ctx.state.excelApi));
  }

  /** A bad address fails at sync, with InvalidArgument, as in Excel. No address: the whole sheet. */
  getRange(address = 'A1:XFD1048576'): ModelRange {
    return new ModelRange(this.ctx, () => this.sheet().id, () => parseAddress(address).area);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): ModelRange {
    return new ModelRange(this.ctx, () => this.sheet().id, () => {
      const area = { row, col, rows, cols };
      checkArea(area);
      return area;
    });
  }

  /** The used range (values, and formats unless valuesOnly); an empty sheet gives A1, as in Excel. */
  getUsedRange(valuesOnly = false): ModelRange {
    return new ModelRange(this.ctx, () => this.sheet().id, () => usedArea(this.sheet(), valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 });
  }

  /** The used range, or a null object when the sheet is blank (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly = false): ModelRange {
    const used = () => usedArea(this.sheet(), valuesOnly);
    return new ModelRange(this.ctx, () => this.sheet().id, () => used() ?? { row: 0, col: 0, rows: 1, cols: 1 }, () => used() !== undefined);
  }

  /** Activating a sheet moves the selection to it (the model keeps one selection, on the active sheet). */
  activate(): void {
    this.ctx.enqueue(() => {
      const state = this.ctx.state;
      const id = this.sheet().id;
      if (state.activeSheetId === id) return;
      state.activeSheetId = id;
      state.selection = { sheetId: id, area: { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const state = this.ctx.state;
      const sheet = this.sheet();
      if (state.sheets.length === 1) throw modelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      state.sheets = state.sheets.filter((s) => s !== sheet);
      state.tables = state.tables.filter((t) => t.sheetId !== sheet.id);
      state.charts = state.charts.filter((c) => c.sheetId !== sheet.id);
      state.conditionalFormats = state.conditionalFormats.filter((c) => c.sheetId !== sheet.id);
      if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets[0].id;
      if (state.selection?.sheetId === sheet.id) state.selection = { sheetId: state.sheets[0].id, area: { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }

  /** For the model's own messages. */
  static addressOf(sheet: SheetState, area: Area): string {
    return formatAddress(sheet.name, area);
  }
}

export class ModelWorksheetCollection extends ClientObject {
  constructor(ctx: ModelContext) {
    super(ctx, 'WorksheetCollection');
  }

  protected readProperty(name: string): unknown {
    if (name !== 'items') throw modelError('InvalidArgument', `WorksheetCollection has no property "${name}" in this model.`);
    return this.ctx.state.sheets.map((s) => ({ id: s.id, name: s.name }));
  }

  get items(): ModelWorksheet[] {
    return this.get<{ id: string; name: string }[]>('items').map((item) =>
      new ModelWorksheet(this.ctx, () => this.ctx.state.sheets.find((s) => s.id === item.id)).preload(item),
    );
  }

  getActiveWorksheet(): ModelWorksheet {
    return new ModelWorksheet(this.ctx, () => this.ctx.state.sheets.find((s) => s.id === this.ctx.state.activeSheetId));
  }

  getItem(key: string): ModelWorksheet {
    const ws = new ModelWorksheet(this.ctx, () => this.ctx.state.sheetByName(key) ?? this.ctx.state.sheets.find((s) => s.id === key));
    this.ctx.enqueue(() => void ws.sheet()); // Excel reports ItemNotFound at the next sync
    return ws;
  }

  getItemOrNullObject(key: string): ModelWorksheet {
    return new ModelWorksheet(this.ctx, () => this.ctx.state.sheetByName(key) ?? this.ctx.state.sheets.find((s) => s.id === key)).orNullObject();
  }

  add(name: string): ModelWorksheet {
    let created: SheetState | undefined;
    this.ctx.enqueue(() => {
      checkSheetName(name, this.ctx.state.sheets.map((s) => s.name));
      created = this.ctx.state.addSheet(name);
    });
    return new ModelWorksheet(this.ctx, () => created);
  }
}
