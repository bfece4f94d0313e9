import ExcelJS from 'exceljs';
import { CellValue, Report } from '../analytics';
import { SheetPlan, TablePlan, WorkbookPlan, segmentColumnCells, segmentColumnNames, userColumnCount } from '../workbook/plan';
import { a1 } from '../workbook/a1';

export const DATA_SHEET = 'Data';

/** The input as Excel would show it, with the CX segment columns beside the user's columns. */
function writeData(workbook: ExcelJS.Workbook, values: readonly (readonly CellValue[])[], report: Report, extraSchemes: readonly string[]): void {
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const width = userColumnCount({ values });
  const segments = segmentColumnCells(report, extraSchemes);
  sheet.addRow([...values[0].slice(0, width).map((v) => v ?? null), ...segmentColumnNames(extraSchemes)]);
  for (let i = 1; i < values.length; i++) {
    // ExcelJS writes strings as text, never as formulas; the quote prefix safeCell adds is for Excel's own input only.
    const seg = segments[i - 1].map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v));
    sheet.addRow([...values[i].slice(0, width).map((v) => v ?? null), ...seg]);
  }
}

function writeTable(sheet: ExcelJS.Worksheet, t: TablePlan): void {
  const { row, col } = t.anchor;
  sheet.getCell(row, col + 1).value = t.title; // ExcelJS rows and columns count from 1
  sheet.getCell(row, col + 1).font = { bold: true };
  sheet.addTable({
    name: t.name,
    ref: a1(t.anchor.row, t.anchor.col),
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: t.header.map((name) => ({ name, filterButton: true })),
    rows: t.rows.length ? t.rows.map((r) => [...r]) : [t.header.map(() => '')],
  });
  t.rows.forEach((r, i) => {
    r.forEach((_, j) => {
      const format = t.cellFormats?.[i]?.[j] || t.formats[j];
      if (format && format !== '@') sheet.getCell(row + 2 + i, col + 1 + j).numFmt = format;
    });
  });
  if (t.colorScale && t.rows.length) {
    const first = t.anchor.col + Math.min(...t.colorScale);
    const cols = Math.max(...t.colorScale) - Math.min(...t.colorScale) + 1;
    sheet.addConditionalFormatting({
      ref: a1(row + 1, first, t.rows.length, cols),
      rules: [{ type: 'colorScale', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }], color: [{ argb: 'FFF8F8F8' }, { argb: 'FF2E7D6B' }] }],
    });
  }
}

function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): void {
  // Printed (or turned into PDF) a page wide, so tables and the charts beside them stay together.
  const sheet = workbook.addWorksheet(plan.name, { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  for (const block of plan.blocks) {
    if (block.kind === 'text') {
      block.lines.forEach((line, i) => {
        const cell = sheet.getCell(block.anchor.row + 1 + i, block.anchor.col + 1);
        cell.value = line;
        if (block.style === 'title') cell.font = { bold: i === 0, size: i === 0 ? 16 : 11 };
      });
    } else {
      writeTable(sheet, block);
    }
  }
  plan.columnWidths.forEach((w, j) => (sheet.getColumn(j + 1).width = w));
}

/** The report as an .xlsx workbook: the input with segment columns (unless left out), then the plan's CX sheets. */
export function reportWorkbook(
  values: readonly (readonly CellValue[])[], report: Report, plan: WorkbookPlan, withData = true, extraSchemes: readonly string[] = [],
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CX Segments';
  if (withData) writeData(workbook, values, report, extraSchemes);
  for (const sheet of plan.sheets) writeSheet(workbook, sheet);
  return workbook;
}
