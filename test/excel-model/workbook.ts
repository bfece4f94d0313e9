import { modelError } from './addresses';
import { ClientObject, ModelContext, payloadBytes } from './client-object';
import { ModelRange } from './range';
import { ModelTableCollection } from './tables';
import { ModelWorksheetCollection } from './worksheet';

/** Workbook settings (ExcelApi 1.4): key/value pairs saved with the workbook. */
export class ModelSetting extends ClientObject {
  constructor(
    ctx: ModelContext,
    private readonly key: string,
  ) {
    super(ctx, 'Setting');
  }

  protected override exists(): boolean {
    return this.ctx.state.settings.has(this.key);
  }

  protected readProperty(name: string): unknown {
    if (name === 'key') return this.key;
    if (name === 'value') return this.ctx.state.settings.get(this.key);
    throw modelError('InvalidArgument', `Setting has no property "${name}" in this model.`);
  }

  get value(): unknown { return this.get('value'); }

  delete(): void {
    this.ctx.enqueue(() => this.ctx.state.settings.delete(this.key));
  }
}

export class ModelSettingCollection {
  constructor(private readonly ctx: ModelContext) {}

  add(key: string, value: unknown): ModelSetting {
    this.ctx.enqueue(() => this.ctx.state.settings.set(key, JSON.parse(JSON.stringify(value))), payloadBytes(value));
    return new ModelSetting(this.ctx, key);
  }

  /** ItemNotFound at sync when there is no such setting. */
  getItem(key: string): ModelSetting {
    return new ModelSetting(this.ctx, key);
  }

  getItemOrNullObject(key: string): ModelSetting {
    return new ModelSetting(this.ctx, key).orNullObject();
  }
}

export class ModelWorkbook {
  readonly worksheets: ModelWorksheetCollection;
  readonly tables: ModelTableCollection;
  readonly settings: ModelSettingCollection;

  constructor(private readonly ctx: ModelContext) {
    this.worksheets = new ModelWorksheetCollection(ctx);
    this.tables = new ModelTableCollection(ctx);
    this.settings = new ModelSettingCollection(ctx);
  }

  getSelectedRange(): ModelRange {
    const state = this.ctx.state;
    return new ModelRange(
      this.ctx,
      () => state.selection?.sheetId ?? state.activeSheetId,
      () => state.selection?.area ?? { row: 0, col: 0, rows: 1, cols: 1 },
    );
  }

  getActiveCell(): ModelRange {
    return this.getSelectedRange().getCell(0, 0);
  }

  /** Excel.Application.suspendApiCalculationUntilNextSync: a no-op the writer is expected to call. */
  readonly application = {
    suspendApiCalculationUntilNextSync: () => this.ctx.enqueue(() => undefined),
    suspendScreenUpdatingUntilNextSync: () => this.ctx.enqueue(() => undefined),
  };
}
