import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import archiver from 'archiver';
import JSZip from 'jszip';
import { CellValue, Report } from '../analytics';
import { WorkbookPlan } from '../workbook/plan';
import { addChartsToZip, sheetParts } from './charts/add-charts';
import { dataSheetXml } from './data-sheet-xml';
import { DATA_SHEET, reportWorkbook } from './write-xlsx';

export interface ReportFileOptions {
  /** Write the Data sheet: the input with the CX segment columns. */
  withData: boolean;
  extraSchemes: readonly string[];
}

/**
 * Writes the report .xlsx: ExcelJS's CX sheets, the charts added, and the Data sheet streamed into
 * the package. ExcelJS's parts are taken stored (uncompressed) and the package is compressed once,
 * by archiver with Node's zlib: jszip deflates in JavaScript, which took most of a million-row
 * report's minute.
 */
export async function writeReportFile(
  path: string, values: readonly (readonly CellValue[])[], report: Report, plan: WorkbookPlan, options: ReportFileOptions,
): Promise<void> {
  const zip = await JSZip.loadAsync(await reportWorkbook(plan, options.withData).xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  await addChartsToZip(zip, plan);
  const dataPart = options.withData ? (await sheetParts(zip)).get(DATA_SHEET) : undefined;
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
    const body = file.name === dataPart ? dataSheetXml(values, report, options.extraSchemes) : await file.async('nodebuffer');
    archive.append(body, { name: file.name, date: file.date });
  }
  await Promise.race([archive.finalize(), failed]);
  await Promise.race([finished(out), failed]);
}
