import { Report } from '../analytics';
import { ownedColumnOffsets, segmentColumnCells, segmentColumnNames } from './plan/segment-columns';
import { rowBlocks } from './blocks';
import { SourceData } from './read-source';
import { a1 } from './a1';

export class ColumnsInTheWayError extends Error {
  constructor(address: string, count: number) {
    super(
      `CX Segments needs the ${count} empty columns to the right of your data (${address}) for its segment ` +
        'columns, but they are not empty. Nothing was changed: move what is there, or insert empty columns, then analyze again.',
    );
    this.name = 'ColumnsInTheWayError';
  }
}

/**
 * Puts the segment columns beside the user's data: appended to their table (or to the right
 * of a plain range), or updated in place on a re-run. Refuses, changing nothing, when the
 * cells it would take are not empty.
 */
export async function writeSegmentColumns(context: Excel.RequestContext, source: SourceData, report: Report, extraSchemes: readonly string[] = []): Promise<void> {
  const names = segmentColumnNames(extraSchemes);
  const sheet = context.workbook.worksheets.getItem(source.sheetName);
  let offsets = ownedColumnOffsets(source, names);
  const rowCount = source.values.length;
  if (offsets.some((o) => o < 0)) {
    const missing = names.filter((_, j) => offsets[j] < 0);
    const firstNew = source.columnIndex + source.values[0].length;
    const target = sheet.getRangeByIndexes(source.rowIndex, firstNew, rowCount, missing.length);
    const used = target.getUsedRangeOrNullObject(true).load('address');
    await context.sync();
    if (!used.isNullObject) {
      throw new ColumnsInTheWayError(a1(source.rowIndex, firstNew, rowCount, missing.length), missing.length);
    }
    const width = source.values[0].length;
    if (source.tableName) {
      const table = sheet.tables.getItem(source.tableName);
      for (const name of missing) table.columns.add(undefined, undefined, name);
    } else {
      sheet.getRangeByIndexes(source.rowIndex, firstNew, 1, missing.length).values = [missing];
    }
    let next = width;
    offsets = offsets.map((o) => (o >= 0 ? o : next++));
  }
  const cells = segmentColumnCells(report, extraSchemes);
  for (const { start, rows } of rowBlocks(cells.length, names.length, 24)) {
    names.forEach((_, j) => {
      const column = cells.slice(start, start + rows).map((row) => [row[j]]);
      sheet.getRangeByIndexes(source.rowIndex + 1 + start, source.columnIndex + offsets[j], rows, 1).values = column;
    });
    await context.sync();
  }
}

