import { modelError } from './addresses';
import { PAYLOAD_LIMIT, WorkbookState } from './state';

/**
 * The request context: operations queue until sync(), as in Office.js. Loads fill each
 * proxy's snapshot at sync; writes apply at sync, in order. Each sync's request and response
 * are measured as JSON and capped at 5 MB like Excel on the web.
 */
export class ModelContext {
  private queue: (() => void)[] = [];
  requestBytes = 0;
  responseBytes = 0;
  workbook: unknown;

  constructor(readonly state: WorkbookState) {}

  enqueue(op: () => void, requestBytes = 64): void {
    this.queue.push(op);
    this.requestBytes += requestBytes;
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const stats = this.state.stats;
    stats.syncs++;
    const ops = this.queue;
    this.queue = [];
    const request = this.requestBytes;
    this.requestBytes = 0;
    this.responseBytes = 0;
    try {
      if (this.state.cellEditMode) throw modelError('InvalidOperation', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
      if (request > PAYLOAD_LIMIT) throw modelError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
      for (const op of ops) op();
      if (this.responseBytes > PAYLOAD_LIMIT) throw modelError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    } finally {
      stats.requestBytes.push(request);
      stats.responseBytes.push(this.responseBytes);
      stats.maxRequestBytes = Math.max(stats.maxRequestBytes, request);
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, this.responseBytes);
    }
  }
}

/** A proxy object: scalar properties must be loaded and synced before they are read. */
export abstract class ClientObject {
  protected snapshot: Record<string, unknown> = {};
  private isNull: boolean | undefined;

  constructor(
    protected readonly ctx: ModelContext,
    private readonly typeName: string,
  ) {}

  /** Properties this object can load, read from its state at sync. */
  protected abstract readProperty(name: string): unknown;

  /** Whether the object exists (for *OrNullObject proxies). */
  protected exists(): boolean {
    return true;
  }

  load(props?: string | string[] | { select?: string }): this {
    const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : props?.select?.split(',') ?? [];
    this.ctx.enqueue(() => {
      this.isNull = !this.exists();
      if (this.isNull) return;
      for (const p of list.map((x) => x.trim()).filter(Boolean)) {
        const value = this.readProperty(p.split('/')[0]);
        this.snapshot[p.split('/')[0]] = value;
        this.ctx.responseBytes += JSON.stringify(value ?? null).length;
      }
    });
    return this;
  }

  get isNullObject(): boolean {
    if (this.isNull === undefined) throw this.notLoaded('isNullObject');
    return this.isNull;
  }

  protected get<T>(name: string): T {
    if (this.isNull) throw modelError('InvalidObjectPath', `The object ${this.typeName} is a null object.`);
    if (!(name in this.snapshot)) throw this.notLoaded(name);
    return this.snapshot[name] as T;
  }

  private notLoaded(name: string): Error {
    return modelError(
      'PropertyNotLoaded',
      `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
  }

  /** Items of a loaded collection arrive with the properties the collection load selected. */
  preload(values: Record<string, unknown>): this {
    Object.assign(this.snapshot, values);
    this.isNull = false;
    return this;
  }

  toJSON(): Record<string, unknown> {
    return { ...this.snapshot };
  }
}
