import ExcelJS from 'exceljs';
import { SheetPlan, TablePlan, WorkbookPlan } from '../workbook/plan';
import { a1 } from '../workbook/a1';

export const DATA_SHEET = 'Data';

/** Tables longer than this are written by ExcelJS with their first data row only, then streamed (streamed-table-xml). */
export const STREAMED_ROWS = 1000;

/** A table of a sheet whose rows writeReportFile streams in. */
export interface StreamedTable {
  sheet: string;
  table: TablePlan;
}

function writeTable(sheet: ExcelJS.Worksheet, t: TablePlan, rows = t.rows): void {
  const { row, col } = t.anchor;
  sheet.getCell(row, col + 1).value = t.title; // ExcelJS rows and columns count from 1
  sheet.getCell(row, col + 1).font = { bold: true };
  sheet.addTable({
    name: t.name,
    ref: a1(t.anchor.row, t.anchor.col),
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: t.header.map((name) => ({ name, filterButton: true })),
    rows: rows.length ? rows.map((r) => [...r]) : [t.header.map(() => '')],
  });
  rows.forEach((r, i) => {
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

function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, streamed: StreamedTable[] | undefined): void {
  // Printed (or turned into PDF) a page wide, so tables and the charts beside them stay together.
  const sheet = workbook.addWorksheet(plan.name, { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  for (const block of plan.blocks) {
    if (block.kind === 'text') {
      block.lines.forEach((line, i) => {
        const cell = sheet.getCell(block.anchor.row + 1 + i, block.anchor.col + 1);
        cell.value = line;
        if (block.style === 'title') cell.font = { bold: i === 0, size: i === 0 ? 16 : 11 };
      });
    } else if (streamed && block.rows.length > STREAMED_ROWS && !block.cellFormats) {
      writeTable(sheet, block, block.rows.slice(0, 1));
      streamed.push({ sheet: plan.name, table: block });
    } else {
      writeTable(sheet, block);
    }
  }
  plan.columnWidths.forEach((w, j) => (sheet.getColumn(j + 1).width = w));
}

/**
 * The plan's CX sheets as an ExcelJS workbook, after an empty Data sheet (unless left out) whose
 * rows writeReportFile streams in: the input is too big for ExcelJS's cell objects at a million rows.
 * Given `streamed`, long tables get their first data row only and are listed there, to be streamed too.
 */
export function reportWorkbook(plan: WorkbookPlan, withData = true, streamed?: StreamedTable[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CX Segments';
  if (withData) workbook.addWorksheet(DATA_SHEET);
  for (const sheet of plan.sheets) writeSheet(workbook, sheet, streamed);
  return workbook;
}
