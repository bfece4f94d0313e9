import { ChartPlan, TablePlan } from '../../workbook/plan';
import { columnLetters } from '../../workbook/a1';

export const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
};

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** Absolute reference to one column of a table's data rows, or to its header cell. */
export function columnRef(sheet: string, table: TablePlan, j: number, header = false): string {
  const col = `$${columnLetters(table.anchor.col + j)}`;
  if (header) return `${quoteSheet(sheet)}!${col}$${table.anchor.row + 1}`;
  return `${quoteSheet(sheet)}!${col}$${table.anchor.row + 2}:${col}$${table.anchor.row + 1 + table.rows.length}`;
}

export function richText(text: string): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

export function titleXml(text: string): string {
  return `<c:title>${richText(text)}<c:overlay val="0"/></c:title>`;
}

/** The series' name, categories and values, bound to the table's cells (ser children after idx/order/tx come per kind). */
export interface SeriesRefs {
  index: number;
  name: string;
  categories: string;
  /** Number categories (a Pareto's shares) use numRef, text ones strRef. */
  numericCategories: boolean;
  values: string;
}

export function seriesRefs(sheet: string, chart: ChartPlan, table: TablePlan): SeriesRefs[] {
  const numericCategories = table.rows.length > 0 && table.rows.every((r) => typeof r[chart.categoryColumn] === 'number');
  return chart.seriesColumns.map((j, index) => ({
    index,
    name: columnRef(sheet, table, j, true),
    categories: columnRef(sheet, table, chart.categoryColumn),
    numericCategories,
    values: columnRef(sheet, table, j),
  }));
}

export function serHead(s: SeriesRefs): string {
  return `<c:idx val="${s.index}"/><c:order val="${s.index}"/><c:tx><c:strRef><c:f>${escapeXml(s.name)}</c:f></c:strRef></c:tx>`;
}

export function catVal(s: SeriesRefs): string {
  const cat = s.numericCategories ? `<c:numRef><c:f>${escapeXml(s.categories)}</c:f></c:numRef>` : `<c:strRef><c:f>${escapeXml(s.categories)}</c:f></c:strRef>`;
  return `<c:cat>${cat}</c:cat><c:val><c:numRef><c:f>${escapeXml(s.values)}</c:f></c:numRef></c:val>`;
}

/** A category axis and a value axis (ECMA-376 element order: axId, scaling, delete, axPos, title, numFmt, …, crossAx). */
export function axes(chart: ChartPlan, horizontalBars: boolean): string {
  const catPos = horizontalBars ? 'l' : 'b';
  const valPos = horizontalBars ? 'b' : 'l';
  const title = (t?: string) => (t ? titleXml(t) : '');
  const fmt = chart.valueFormat ? `<c:numFmt formatCode="${escapeXml(chart.valueFormat)}" sourceLinked="0"/>` : '';
  return (
    `<c:catAx><c:axId val="10"/><c:scaling><c:orientation val="${horizontalBars ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${catPos}"/>${title(chart.xTitle)}<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="20"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${valPos}"/>` +
    `<c:majorGridlines/>${title(chart.yTitle)}${fmt}<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="10"/><c:crosses val="${horizontalBars ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** The chart part around one plot: title, plot area, legend (only with several series or slices). */
export function chartSpace(chart: ChartPlan, plot: string, legend: boolean): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(chart.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>` +
    (legend ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : '') +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}
