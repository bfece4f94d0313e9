import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import archiver from 'archiver';
import JSZip from 'jszip';
import { CellValue, Report } from '../analytics';
import { WorkbookPlan } from '../workbook/plan';
import { addChartsToZip, sheetParts } from './charts/add-charts';
import { dataSheetXml } from './data-sheet-xml';
import { DATA_SHEET, StreamedTable, reportWorkbook } from './write-xlsx';
import { sheetWithTableRows, tableWithAllRows } from './streamed-table-xml';

/** Rows between two progress reports while writing (reading reports every 10,000 too). */
const TELL_EVERY = 10_000;

export interface ReportFileOptions {
  /** Write the Data sheet: the input with the CX segment columns. */
  withData: boolean;
  extraSchemes: readonly string[];
  /** Told the rows streamed into the package so far (the Data sheet's and the long tables'), and how many in all. */
  onRows?: (written: number, total: number) => void;
}

/** The sheet and table parts of the streamed tables, by part name: the sheet's rows all streamed in, the table's range to the last. */
async function streamedTableParts(zip: JSZip, parts: Map<string, string>, streamed: StreamedTable[], onRows: (rows: number) => void): Promise<Map<string, () => Readable | Buffer>> {
  const bodies = new Map<string, () => Readable | Buffer>();
  const tableParts = await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n)).map(async (n) => [n, await zip.file(n)!.async('string')] as const));
  for (const { sheet, table } of streamed) {
    const sheetPart = parts.get(sheet)!;
    const sheetXml = await zip.file(sheetPart)!.async('string');
    bodies.set(sheetPart, () => sheetWithTableRows(sheetXml, table, onRows));
    const [tablePart, tableXml] = tableParts.find(([, xml]) => xml.includes(` name="${table.name}"`))!;
    // A Buffer, not a string: archiver turns strings into Buffers with the deprecated Buffer().
    bodies.set(tablePart, () => Buffer.from(tableWithAllRows(tableXml, table)));
  }
  return bodies;
}

/**
 * Writes the report .xlsx: ExcelJS's CX sheets, the charts added, and the Data sheet and the long
 * tables' rows (the customers) streamed into the package. ExcelJS's parts are taken stored
 * (uncompressed) and the package is compressed once, by archiver with Node's zlib: jszip deflates
 * in JavaScript, which took most of a million-row report's minute.
 */
export async function writeReportFile(
  path: string, values: readonly (readonly CellValue[])[], report: Report, plan: WorkbookPlan, options: ReportFileOptions,
): Promise<void> {
  const streamed: StreamedTable[] = [];
  const zip = await JSZip.loadAsync(await reportWorkbook(plan, options.withData, streamed).xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  await addChartsToZip(zip, plan);
  const parts = await sheetParts(zip);
  const dataPart = options.withData ? parts.get(DATA_SHEET) : undefined;
  const total = (dataPart ? values.length - 1 : 0) + streamed.reduce((n, s) => n + s.table.rows.length, 0);
  let written = 0;
  let told = 0;
  const onRows = (rows: number) => {
    written += rows;
    if (written - told < TELL_EVERY && written < total) return;
    told = written;
    options.onRows?.(written, total);
  };
  const bodies = await streamedTableParts(zip, parts, streamed, onRows);
  const archive = archiver('zip', { zlib: { level: 6 } });
  const out = createWriteStream(path);
  // A file that cannot be written stops the run at once, not after the whole package is made.
  const failed = new Promise<never>((_, reject) => {
    archive.on('error', reject).on('warning', reject);
    out.on('error', reject);
  });
  failed.catch(() => undefined); // it may fail while parts are still being added: the races below report it
  archive.pipe(out);
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const body = file.name === dataPart ? dataSheetXml(values, report, options.extraSchemes, onRows) : (bodies.get(file.name)?.() ?? (await file.async('nodebuffer')));
    archive.append(body, { name: file.name, date: file.date });
  }
  await Promise.race([archive.finalize(), failed]);
  await Promise.race([finished(out), failed]);
}
