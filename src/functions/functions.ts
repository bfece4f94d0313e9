/* The custom-functions metadata generator reads these signatures: it accepts only number,
   string, boolean and any (and arrays of them), so ranges of mixed cells are any[][]. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { BUILT_IN_SCHEMES, Report, SCORING_METHODS, analyzeColumns } from '../analytics';
import { asOfOption, dataColumns, excelError, fitsInExcel, integerOption, pickedRows, textOption } from './excel-args';

const OUTPUTS = ['segment', 'score', 'table'] as const;
const TABLE_HEADER = ['Customer', 'Recency (days)', 'Frequency', 'Monetary', 'R', 'F', 'M', 'RFM', 'Segment'];

function rfmScore(report: Report, i: number): string {
  const { r, f, m } = report.customerScores;
  return `${r[i]}${f[i]}${m[i]}`;
}

/**
 * Gives each order row its customer's RFM segment (Champions, Loyal Customers, At Risk…), from recency, frequency and monetary scores.
 * @customfunction SEGMENT.RFM
 * @param customers Customer id of each order row (one column).
 * @param dates Order date of each row: Excel dates or date text such as 2024-03-31.
 * @param amounts Order amount of each row. Negative amounts are returns.
 * @param [orders] Order id of each row, so that several lines of one order count once. Leave out to count each row as an order.
 * @param [as_of] Date to measure recency from. Default: the day after the latest order.
 * @param [scheme] Segment rules: "rfm" (default).
 * @param [output] "segment" (default) one label per row; "score" an R-F-M score such as "545" per row; "table" one row per customer.
 * @param [method] How scores are cut: "ntile" (default, equal-sized groups).
 * @param [bins] Number of score levels, 2 to 10. Default 5.
 * @returns One value per input row, or a customer table with a header row.
 */
export function segmentRfm(
  customers: any[][],
  dates: any[][],
  amounts: any[][],
  orders?: any[][],
  as_of?: any,
  scheme?: string,
  output?: string,
  method?: string,
  bins?: number,
): any[][] {
  try {
    const cols = dataColumns({ customers, dates, amounts, orders });
    const how = textOption('output', output, OUTPUTS, 'segment');
    const report = analyzeColumns(
      { customer: cols.customers, date: cols.dates, amount: cols.amounts, order: cols.orders },
      {
        asOf: asOfOption(as_of),
        scheme: textOption('scheme', scheme, Object.keys(BUILT_IN_SCHEMES), 'rfm'),
        method: textOption('method', method, SCORING_METHODS, 'ntile'),
        bins: integerOption('bins', bins, 2, 10, 5),
        schemes: [], // the chosen scheme only: the others' rules (personas' percentiles) are work nobody reads here
      },
      { sections: false },
    );
    const hint = 'Use output "table" for one row per customer, or Analyze in the task pane for large tables.';
    if (how === 'segment') return pickedRows(report.rowCustomer, segmentRows(report), [''], hint);
    if (how === 'score') return pickedRows(report.rowCustomer, Array.from(report.customerScores.r, (_, i) => [rfmScore(report, i)]), [''], hint);
    return fitsInExcel([
      TABLE_HEADER,
      ...report.customers.map((c, i) => [c.customer, c.recencyDays, c.frequency, c.monetary, c.r, c.f, c.m, rfmScore(report, i), c.segment]),
    ], 'Analyze in the task pane writes the customer table to a sheet instead.');
  } catch (e) {
    throw excelError(e);
  }
}

/** Each customer's segment as a spill row: one array per segment, shared. */
function segmentRows(report: Report): string[][] {
  const rowOfCode = report.segmentNames.map((name) => [name]);
  const codes = report.customerSegmentCodes;
  const out: string[][] = new Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = rowOfCode[codes[i]];
  return out;
}

/**
 * Gives each order row its customer's R, F and M scores (1 = worst, 5 = best by default) as three columns.
 * @customfunction RFM.SCORES
 * @param customers Customer id of each order row (one column).
 * @param dates Order date of each row: Excel dates or date text such as 2024-03-31.
 * @param amounts Order amount of each row. Negative amounts are returns.
 * @param [orders] Order id of each row, so that several lines of one order count once.
 * @param [as_of] Date to measure recency from. Default: the day after the latest order.
 * @param [method] How scores are cut: "ntile" (default, equal-sized groups).
 * @param [bins] Number of score levels, 2 to 10. Default 5.
 * @returns Three columns R, F, M per row; blank where the row could not be scored.
 */
export function rfmScores(
  customers: any[][],
  dates: any[][],
  amounts: any[][],
  orders?: any[][],
  as_of?: any,
  method?: string,
  bins?: number,
): any[][] {
  try {
    const cols = dataColumns({ customers, dates, amounts, orders });
    const report = analyzeColumns(
      { customer: cols.customers, date: cols.dates, amount: cols.amounts, order: cols.orders },
      { asOf: asOfOption(as_of), method: textOption('method', method, SCORING_METHODS, 'ntile'), bins: integerOption('bins', bins, 2, 10, 5), schemes: [] },
      { sections: false },
    );
    const { r, f, m } = report.customerScores;
    const scores = Array.from(r, (_, i): (number | string)[] => [r[i], f[i], m[i]]);
    return pickedRows(report.rowCustomer, scores, ['', '', ''], 'Analyze in the task pane writes score columns for large tables.');
  } catch (e) {
    throw excelError(e);
  }
}

export { kpi, returnRate, topnCustomers } from './more-functions';
