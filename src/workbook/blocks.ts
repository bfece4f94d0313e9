/** Excel on the web rejects a request or response over 5 MB; stay well under it. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;
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
