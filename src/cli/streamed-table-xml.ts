import { Readable } from 'node:stream';
import { columnLetters } from '../workbook/a1';
import { TablePlan } from '../workbook/plan';
import { rowChunks, rowXml } from './cell-xml';

/** 1-based sheet rows of a table's first and last data row. */
function dataRows(t: TablePlan): { first: number; last: number } {
  return { first: t.anchor.row + 2, last: t.anchor.row + 1 + t.rows.length };
}

/** Style index of each cell of a row ExcelJS wrote, by column letters. */
function stylesOf(rowXml: string): Map<string, string> {
  const styles = new Map<string, string>();
  for (const [, attributes] of rowXml.matchAll(/<c ([^>]*?)\/?>/g)) {
    const column = / r="([A-Z]+)\d+"/.exec(` ${attributes}`)?.[1];
    const style = / s="(\d+)"/.exec(` ${attributes}`)?.[1];
    if (column && style) styles.set(column, style);
  }
  return styles;
}

/**
 * The sheet ExcelJS wrote with only a table's first data row, with every row of the table in its
 * place, made a few thousand rows at a time: ExcelJS keeps an object (and a style) per cell, which
 * took most of a million-row report's writing for the 80,000 customers' sheet. Each cell takes
 * the style ExcelJS gave the first row's cell of its column; text goes inline. `onRows` as for
 * rowChunks.
 */
export function sheetWithTableRows(sheetXml: string, t: TablePlan, onRows: (rows: number) => void = () => {}): Readable {
  const { first, last } = dataRows(t);
  const start = sheetXml.indexOf(`<row r="${first}"`);
  const end = sheetXml.indexOf('</row>', start) + '</row>'.length;
  if (start < 0 || end < start) throw new Error(`The sheet has no row ${first} for table ${t.name}.`);
  const styles = stylesOf(sheetXml.slice(start, end));
  const letters = t.header.map((_, j) => columnLetters(t.anchor.col + j));
  const head = sheetXml.slice(0, start).replace(/<dimension ref="([A-Z]+\d+):([A-Z]+)(\d+)"\/>/, (_, from, to, row) => `<dimension ref="${from}:${to}${Math.max(+row, last)}"/>`);
  function* chunks(): Generator<string | Buffer> {
    yield head;
    yield* rowChunks(0, t.rows.length, (i) => rowXml(first + i, t.rows[i], letters, styles), onRows);
    yield sheetXml.slice(end);
  }
  return Readable.from(chunks(), { objectMode: false });
}

/** The table part ExcelJS wrote for the table's first data row, its ranges reaching the last. */
export function tableWithAllRows(tableXml: string, t: TablePlan): string {
  const { first, last } = dataRows(t);
  return tableXml.replace(new RegExp(` ref="([A-Z]+\\d+):([A-Z]+)${first}"`, 'g'), (_, from, to) => ` ref="${from}:${to}${last}"`);
}
