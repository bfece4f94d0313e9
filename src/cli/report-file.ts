import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
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

/** Writes the report .xlsx: ExcelJS's CX sheets, the charts added, and the Data sheet streamed into the package. */
export async function writeReportFile(
  path: string, values: readonly (readonly CellValue[])[], report: Report, plan: WorkbookPlan, options: ReportFileOptions,
): Promise<void> {
  const zip = await JSZip.loadAsync(await reportWorkbook(plan, options.withData).xlsx.writeBuffer());
  await addChartsToZip(zip, plan);
  if (options.withData) zip.file((await sheetParts(zip)).get(DATA_SHEET)!, dataSheetXml(values, report, options.extraSchemes));
  await pipeline(zip.generateNodeStream({ type: 'nodebuffer', compression: 'DEFLATE', streamFiles: true }), createWriteStream(path));
}
