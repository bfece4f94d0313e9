/**
 * Stage `excel-io`: read 1,000,000 × 8 through readSourceData and write the segment columns
 * back through writeSegmentColumns, against the in-memory Excel model (test/excel-model), which
 * counts `context.sync()` calls and the bytes of each request and response.
 *
 * The fewest syncs the payload allows: ⌈bytes read / 5 MB⌉ (and ⌈cells / 5,000,000⌉) for the
 * values, the same for the bytes written, plus the syncs that move no bulk data (finding the
 * table, the sample, checking the target columns are empty), which no block size changes.
 * Target (issue 8): syncs at most that minimum + 2.
 */
import { analyzeTable } from '../../src/analytics';
import { placeSegmentColumns, readSourceData, writeSegmentColumns } from '../../src/workbook';
import { createExcelModel } from '../../test/excel-model/create-model';
import { PAYLOAD_LIMIT } from '../../test/excel-model/state';
import { Workload, toValues } from './workload';
import { failure, line, target } from './report';
import { TARGET_ROWS } from './stage-rfm';

export const EXTRA_SYNCS = 2;
const CELL_LIMIT = 5_000_000;
/** A sync moving less than this is set-up, not a block of values. */
const BULK_BYTES = 64 * 1024;

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

export async function excelIoStage(rows: number, w: Workload): Promise<void> {
  const cells = toValues(w, 'serial');
  const columns = cells[0].length;
  const model = createExcelModel({ sheets: [{ name: 'Orders', cells }], selection: { sheet: 'Orders', address: 'B2' } });
  (globalThis as Record<string, unknown>).Excel = model.Excel;
  const t0 = performance.now();
  let readMs = 0;
  let writeSyncs = 0;
  let check = '';
  await model.Excel.run(async (context) => {
    const source = await readSourceData(context as never);
    readMs = performance.now() - t0;
    const report = analyzeTable(source.values, {}, { sections: false });
    const place = await placeSegmentColumns(context as never, source);
    const before = model.stats.syncs;
    await writeSegmentColumns(context as never, source, report, place);
    writeSyncs = model.stats.syncs - before;
    const sheet = model.state.sheetByName('Orders')!;
    const bad = report.rowCustomer.findIndex((c, i) => (sheet.cells[i + 1][columns] ?? '') !== (c < 0 ? '' : report.customers[c].segment));
    if (source.values.length !== rows + 1) check = `read ${source.values.length - 1} rows`;
    else if (bad >= 0) check = `segment column differs from the report at row ${bad + 1}`;
  });
  const totalMs = performance.now() - t0;
  const { syncs, requestBytes, responseBytes, maxRequestBytes, maxResponseBytes } = model.stats;
  line('check', { rows, implementations: 'excel-io,report', identical: check === '' });
  if (check) return failure(`excel-io rows=${rows}: ${check}`);

  const bulk = requestBytes.map((req, i) => Math.max(req, responseBytes[i]) >= BULK_BYTES);
  const setupSyncs = bulk.filter((b) => !b).length;
  const readBytes = sum(responseBytes.filter((_, i) => bulk[i]));
  const writeBytes = sum(requestBytes.filter((_, i) => bulk[i]));
  const minimum =
    setupSyncs +
    Math.max(Math.ceil(readBytes / PAYLOAD_LIMIT), Math.ceil((rows * columns) / CELL_LIMIT)) +
    Math.max(Math.ceil(writeBytes / PAYLOAD_LIMIT), 1);
  const within = syncs - minimum;
  if (maxRequestBytes > PAYLOAD_LIMIT || maxResponseBytes > PAYLOAD_LIMIT) failure(`excel-io rows=${rows}: a request or response over 5 MB`);
  const judged = rows >= TARGET_ROWS ? target(`excel-io rows=${rows} syncs-minimum`, within, '<=', EXTRA_SYNCS) : {};
  line('excel-io', {
    rows, median_ms: totalMs, baseline: 'payload-minimum-syncs', ratio: syncs / minimum, syncs, minimum_syncs: minimum,
    setup_syncs: setupSyncs, write_syncs: writeSyncs, read_ms: readMs, read_mb: readBytes / 2 ** 20, write_mb: writeBytes / 2 ** 20,
    max_request_mb: maxRequestBytes / 2 ** 20, max_response_mb: maxResponseBytes / 2 ** 20, ...judged,
  });
}
