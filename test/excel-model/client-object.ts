import { modelError } from './addresses';
import { PAYLOAD_LIMIT, WorkbookState } from './state';

/** UTF-8 bytes of a value's JSON, as it would travel between the add-in and Excel. */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value ?? null);
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 2; // a surrogate pair: 4 bytes for its 2 UTF-16 units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/**
 * The request context: operations queue until sync(), as in Office.js. Loads fill each
 * proxy's snapshot at sync; writes apply at sync, in order. Each sync's request and response
 * are measured as UTF-8 JSON and capped at 5 MB: "Excel on the web has a payload size limit for
 * requests and responses of 5MB" (learn.microsoft.com, Resource limits and performance
 * optimization for Office Add-ins). The error codes are those of the Office docs' table
 * "Error handling with the application-specific JavaScript APIs".
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
    // A sync is a round trip to Excel's process: its answer comes back as a task of its own, never
    // within the same task, so the page can paint between syncs (as it can in Excel).
    await new Promise((resolve) => setTimeout(resolve, this.state.latencyMs));
    const stats = this.state.stats;
    stats.syncs++;
    const ops = this.queue;
    this.queue = [];
    const request = this.requestBytes;
    this.requestBytes = 0;
    this.responseBytes = 0;
    try {
      if (this.state.cellEditMode) {
        throw modelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
      }
      if (request > PAYLOAD_LIMIT) throw modelError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
      // Like Excel, a batch is not a transaction: the operations before a failing one stay applied.
      const started = performance.now();
      try {
        for (const op of ops) op();
      } finally {
        stats.excelBusy.push([started, performance.now()]);
      }
      if (this.responseBytes > PAYLOAD_LIMIT) throw modelError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    } finally {
      stats.requestBytes.push(request);
      stats.responseBytes.push(this.responseBytes);
      stats.maxRequestBytes = Math.max(stats.maxRequestBytes, request);
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, this.responseBytes);
    }
  }
}

const notFound = () => modelError('ItemNotFound', "The requested resource doesn't exist.");

/**
 * A proxy object: scalar properties must be loaded and synced before they are read. A proxy
 * from a *OrNullObject method is `nullable`: when its object does not exist, a load makes it a
 * null object instead of failing the sync with ItemNotFound.
 */
export abstract class ClientObject {
  protected snapshot: Record<string, unknown> = {};
  private isNull: boolean | undefined;
  protected nullable = false;

  constructor(
    protected readonly ctx: ModelContext,
    private readonly typeName: string,
  ) {}

  /** Properties this object can load, read from its state at sync. */
  protected abstract readProperty(name: string): unknown;

  /** Whether the object exists. */
  protected exists(): boolean {
    return true;
  }

  /** Marks the proxy as one from a *OrNullObject method. */
  orNullObject(): this {
    this.nullable = true;
    return this;
  }

  load(props?: string | string[] | { select?: string }): this {
    const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : props?.select?.split(',') ?? [];
    this.ctx.enqueue(() => {
      const exists = this.exists();
      if (!exists && !this.nullable) throw notFound();
      this.isNull = !exists;
      if (this.isNull) return;
      for (const p of list.map((x) => x.trim()).filter(Boolean)) {
        const name = p.split('/')[0];
        const value = this.readProperty(name);
        this.snapshot[name] = value;
        this.ctx.responseBytes += payloadBytes(value);
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
