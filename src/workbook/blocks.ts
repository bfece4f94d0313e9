/**
 * Excel on the web rejects a request or response over 5 MB. Blocks take at most 95% of it, the
 * rest left for the request's own wrapping; where bytes are estimated (rowBlocks, bytesPerCell)
 * the estimate carries its own headroom. Blocks near the cap mean fewer syncs, each a round trip
 * to Excel (issue 8: syncs within 2 of the fewest the payload allows).
 */
export const PAYLOAD_BUDGET = Math.floor(0.95 * 5 * 1024 * 1024);
/** Excel's own limit on cells per request. */
export const MAX_CELLS_PER_REQUEST = 5_000_000;

export interface RowBlock {
  start: number;
  rows: number;
}

/** Splits rowCount rows into blocks whose cells stay under the payload budget and the cell cap. */
export function rowBlocks(rowCount: number, columnCount: number, bytesPerCell: number, budget = PAYLOAD_BUDGET): RowBlock[] {
  const bytesPerRow = Math.max(1, columnCount * Math.max(1, bytesPerCell));
  const size = Math.max(1, Math.min(Math.floor(budget / bytesPerRow), Math.floor(MAX_CELLS_PER_REQUEST / Math.max(1, columnCount))));
  const blocks: RowBlock[] = [];
  for (let start = 0; start < rowCount; start += size) blocks.push({ start, rows: Math.min(size, rowCount - start) });
  return blocks;
}

/** UTF-8 bytes of a value's JSON: what the value costs in a request or response. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/** JSON bytes per cell of a sample (UTF-8: "é" costs 2, "東" 3), with headroom for longer rows further down. */
export function bytesPerCell(sample: readonly (readonly unknown[])[]): number {
  const cells = sample.reduce((n, r) => n + r.length, 0);
  if (cells === 0) return 16;
  return Math.ceil((jsonBytes(sample) / cells) * 2) + 4;
}

/** Blocks of consecutive rows whose summed bytes stay within the budget and whose cells stay under the cap. */
export function blocksBySize(rowBytes: ArrayLike<number>, columnCount: number, budget = PAYLOAD_BUDGET): RowBlock[] {
  const maxRows = Math.max(1, Math.floor(MAX_CELLS_PER_REQUEST / Math.max(1, columnCount)));
  const blocks: RowBlock[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rowBytes.length; i++) {
    if (i > start && (bytes + rowBytes[i] > budget || i - start >= maxRows)) {
      blocks.push({ start, rows: i - start });
      start = i;
      bytes = 0;
    }
    bytes += rowBytes[i];
  }
  if (rowBytes.length > start) blocks.push({ start, rows: rowBytes.length - start });
  return blocks;
}

/** UTF-8 bytes of one cell's JSON, with the cost of text looked up once per distinct string. */
export function cellBytesCounter(): (value: unknown) => number {
  const known = new Map<string, number>();
  return (value) => {
    if (typeof value !== 'string') return JSON.stringify(value ?? null).length;
    let bytes = known.get(value);
    if (bytes === undefined) known.set(value, (bytes = jsonBytes(value)));
    return bytes;
  };
}

/** Whether Excel refused a sync for its size (request or response over 5 MB). */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /PayloadSizeLimitExceeded/i.test(code);
}
