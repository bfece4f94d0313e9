import { Readable } from 'node:stream';
import { CellValue, Report } from '../analytics';
import { columnLetters } from '../workbook/a1';
import { rowChunks, rowXml } from './cell-xml';
import { segmentColumnCells, segmentColumnNames, userColumnCount } from '../workbook/plan';

/**
 * The Data sheet (the input with the CX segment columns) as SpreadsheetML, made a few thousand rows at a time:
 * ExcelJS keeps an object per cell, which a million-row input does not fit in memory, so this sheet is streamed.
 * `onRows` as for rowChunks.
 */
export function dataSheetXml(values: readonly (readonly CellValue[])[], report: Report, extraSchemes: readonly string[], onRows: (rows: number) => void = () => {}): Readable {
  const width = userColumnCount({ values });
  const names = segmentColumnNames(extraSchemes);
  const letters = Array.from({ length: width + names.length }, (_, c) => columnLetters(c));
  const segments = segmentColumnCells(report, extraSchemes);
  const row = (i: number, cells: readonly CellValue[]) => rowXml(i + 1, cells, letters);
  function* chunks(): Generator<string | Buffer> {
    yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
      `<sheetData>${row(0, [...values[0].slice(0, width), ...names])}`;
    yield* rowChunks(1, values.length, (i) => {
      const user = values[i].slice(0, width);
      while (user.length < width) user.push(null);
      // The quote safeCell adds is for Excel's own input; inline text needs none.
      const seg = segments[i - 1].map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v));
      return row(i, [...user, ...seg]);
    }, onRows);
    yield '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  }
  return Readable.from(chunks(), { objectMode: false });
}
