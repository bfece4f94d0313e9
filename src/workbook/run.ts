import { AnalyzeOptions, ColumnMapping, analyzeTable } from '../analytics';
import { OnProgress } from './progress';
import { readSourceData } from './read-source';
import { writeCustomersSheet } from './write-customers';
import { writeSegmentColumns } from './write-segment-columns';

export interface AnalyzeSummary {
  source: { sheetName: string; address: string; rows: number; tableName?: string };
  sheetName: string;
  customers: number;
  skippedRows: number;
  asOfDate: string;
}

/** The one-click run: read the data under the selection, analyze it, add segment columns beside it, write `CX Customers`. */
export async function analyzeWorkbook(
  options: { onProgress?: OnProgress; analyze?: AnalyzeOptions & { mapping?: ColumnMapping } } = {},
): Promise<AnalyzeSummary> {
  return Excel.run(async (context) => {
    const source = await readSourceData(context, options.onProgress);
    options.onProgress?.({ step: 'computing' });
    const report = analyzeTable(source.values, options.analyze);
    options.onProgress?.({ step: 'writing', sheet: source.sheetName });
    await writeSegmentColumns(context, source, report);
    options.onProgress?.({ step: 'writing', sheet: 'CX Customers' });
    const written = await writeCustomersSheet(context, report);
    return {
      source: { sheetName: source.sheetName, address: source.address, rows: source.values.length - 1, tableName: source.tableName },
      sheetName: written.sheetName,
      customers: written.rows,
      skippedRows: report.quality.skippedRows,
      asOfDate: report.asOfDate,
    };
  });
}
