/* eslint-disable @typescript-eslint/no-explicit-any */
import { AnalysisError, analyzeColumns, customerRevenue, returnRate as returnRateOf } from '../analytics';
import { asOfOption, dataColumns, excelError, fitsInExcel, integerOption, listOption } from './excel-args';

const blank = (x: number | null) => (x === null ? '' : x);

/**
 * Share of orders that came back: orders with a returned status ÷ orders with a known status. With groups, a table per group.
 * @customfunction RETURN.RATE
 * @param statuses Status of each order (one column), such as Delivered, Returned, Refunded, Cancelled. Empty statuses are counted apart.
 * @param [groups] A column to break the rate down by, such as product or category. Gives a table with a header row.
 * @param [amounts] Order amounts, to add returned revenue to the table.
 * @param [returned_values] Which statuses mean returned, as a range or text such as "Returned,Refunded". Default: return, refund and cancel in any form.
 * @returns One rate, or a table: group, orders, returned, return rate, returned revenue.
 */
export function returnRate(statuses: any[][], groups?: any[][], amounts?: any[][], returned_values?: any[][]): any[][] {
  try {
    const cols = dataColumns({ statuses, groups, amounts });
    const result = returnRateOf(cols.statuses, { groups: cols.groups, amounts: cols.amounts, returnedValues: listOption(returned_values) });
    if (!cols.groups) {
      if (result.overall.rate === null) throw new AnalysisError('No order has a known status: statuses is empty.', 'no-data');
      return [[result.overall.rate]];
    }
    const rows = [...result.groups, result.overall].map((g) => [g.group, g.orders, g.returned, blank(g.rate), g.returnedRevenue]);
    if (result.unknownStatus > 0) rows.push(['(unknown status)', result.unknownStatus, '', '', '']);
    return fitsInExcel([['Group', 'Orders', 'Returned', 'Return rate', 'Returned revenue'], ...rows], 'Use a column with fewer distinct groups.');
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * The customers who bring the most revenue, ranked, with their share and the running share of all revenue.
 * @customfunction TOPN.CUSTOMERS
 * @param customers Customer id of each order row (one column).
 * @param amounts Order amount of each row. Negative amounts (returns) are netted.
 * @param [n] How many customers to list. Default 10; more than there are lists them all.
 * @param [orders] Order id of each row, so that several lines of one order count once.
 * @returns A table with a header row: rank, customer, revenue, orders, share, cumulative share.
 */
export function topnCustomers(customers: any[][], amounts: any[][], n?: number, orders?: any[][]): any[][] {
  try {
    const count = integerOption('n', n, 1, Infinity, 10);
    const cols = dataColumns({ customers, amounts, orders });
    const ranked = customerRevenue(cols.customers, cols.amounts, cols.orders);
    if (ranked.length === 0) throw new AnalysisError('No customer has a purchase: check customers and amounts.', 'no-data');
    const rows = ranked.slice(0, count).map((r) => [r.rank, r.customer, r.revenue, r.orders, r.share, r.cumulativeShare]);
    return fitsInExcel([['Rank', 'Customer', 'Revenue', 'Orders', 'Share', 'Cumulative share'], ...rows], 'Ask for fewer customers with n.');
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * The headline numbers of your orders as a two-column table: revenue, orders, customers, AOV, repeat rate, return rate and more.
 * @customfunction KPI
 * @param customers Customer id of each order row (one column).
 * @param dates Order date of each row: Excel dates or date text such as 2024-03-31.
 * @param amounts Order amount of each row. Negative amounts are returns.
 * @param [orders] Order id of each row, so that several lines of one order count once.
 * @param [statuses] Status of each row (Delivered, Returned…), for the return rate. Without it, negative amounts are the returns.
 * @param [as_of] Date to measure recency from. Default: the day after the latest order.
 * @returns A table with a header row: KPI, value.
 */
export function kpi(customers: any[][], dates: any[][], amounts: any[][], orders?: any[][], statuses?: any[][], as_of?: any): any[][] {
  try {
    const cols = dataColumns({ customers, dates, amounts, orders, statuses });
    const report = analyzeColumns(
      { customer: cols.customers, date: cols.dates, amount: cols.amounts, order: cols.orders, status: cols.statuses },
      { asOf: asOfOption(as_of), schemes: ['rfm'] },
    );
    const k = report.sections!.kpis;
    return [
      ['KPI', 'Value'],
      ['Revenue', k.revenue],
      ['Orders', k.orders],
      ['Customers', k.customers],
      ['Average order value', k.aov],
      ['Revenue per customer', k.revenuePerCustomer],
      ['Repeat rate', k.repeatRate],
      ['Return rate', blank(k.returnRate)],
      ['Returned revenue', k.returnedRevenue],
      ['First order', k.firstOrderDate],
      ['Last order', k.lastOrderDate],
      ['As of', k.asOfDate],
    ];
  } catch (e) {
    throw excelError(e);
  }
}
