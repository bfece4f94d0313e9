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

/** JSON bytes per cell of a sample, with headroom for longer rows further down. */
export function bytesPerCell(sample: readonly (readonly unknown[])[]): number {
  const cells = sample.reduce((n, r) => n + r.length, 0);
  if (cells === 0) return 16;
  return Math.ceil((JSON.stringify(sample).length / cells) * 2) + 4;
}
