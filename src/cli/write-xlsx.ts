import ExcelJS from 'exceljs';
import { Report } from '../analytics';

export const CUSTOMERS_SHEET = 'CX Customers';
const HEADERS = ['Customer', 'Recency (days)', 'Frequency', 'Monetary', 'R', 'F', 'M', 'Segment'];

/** The report as an .xlsx workbook: a per-customer Excel table on `CX Customers`. */
export function reportWorkbook(report: Report): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CX Segments';
  const sheet = workbook.addWorksheet(CUSTOMERS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addTable({
    name: 'CXCustomers',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: HEADERS.map((name) => ({ name, filterButton: true })),
    // ExcelJS writes strings as text, never as formulas, so "=cmd" ids stay text.
    rows: report.customers.map((c) => [c.customer, c.recencyDays, c.frequency, c.monetary, c.r, c.f, c.m, c.segment]),
  });
  const widths = [16, 15, 11, 14, 5, 5, 5, 20];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.getColumn(4).numFmt = '#,##0.00';
  sheet.getColumn(2).numFmt = '0';
  return workbook;
}
