import { CellValue, analyzeColumns } from '../analytics';
import { Matrix, columnArgument, dataLength, excelError, sameLength, truncate } from './excel-args';

/**
 * Gives each order row its customer's RFM segment (Champions, Loyal Customers, At Risk…), scored on recency, frequency and monetary value with quintiles.
 * @customfunction SEGMENT.RFM
 * @param customers Customer id of each order row (one column).
 * @param dates Order date of each row: Excel dates or date text such as 2024-03-31.
 * @param amounts Order amount of each row. Negative amounts are returns.
 * @returns One segment name per row, beside your table.
 */
export function segmentRfm(customers: CellValue[][], dates: CellValue[][], amounts: CellValue[][]): string[][] {
  try {
    const named = {
      customers: columnArgument('customers', customers),
      dates: columnArgument('dates', dates),
      amounts: columnArgument('amounts', amounts),
    };
    sameLength(named);
    const n = Math.max(1, dataLength(Object.values(named)));
    const report = analyzeColumns({
      customer: truncate(named.customers, n),
      date: truncate(named.dates, n),
      amount: truncate(named.amounts, n),
    });
    return report.rowSegments.map((s) => [s]);
  } catch (e) {
    throw excelError(e);
  }
}
