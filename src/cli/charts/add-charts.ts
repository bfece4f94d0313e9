import JSZip from 'jszip';
import { ChartPlan, SheetPlan, TablePlan, WorkbookPlan } from '../../workbook/plan';
import { barChartXml } from './bar-chart';
import { drawingXml, relationshipsXml } from './drawing';
import { lineChartXml } from './line-chart';
import { pieChartXml } from './pie-chart';
import { workbookStructure } from '../xlsx-structure';

const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/** The chart part for a plan chart; a treemap (a chartex part) becomes its fallback bar chart. */
export function chartXml(sheet: string, chart: ChartPlan, table: TablePlan): string {
  const kind = chart.kind === 'treemap' ? chart.fallback ?? 'bar' : chart.kind;
  const c = { ...chart, kind };
  if (kind === 'line') return lineChartXml(sheet, c, table);
  if (kind === 'pie' || kind === 'doughnut') return pieChartXml(sheet, c, table);
  return barChartXml(sheet, c, table);
}

/** Sheet name → its part path, from the package's workbook part and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  return new Map((await workbookStructure(zip)).sheets.map((ws) => [ws.name, ws.path]));
}

/** Adds `<drawing r:id>` where ECMA-376 wants it: before legacyDrawing, tableParts or extLst. */
function linkDrawing(sheetXml: string, relId: string): string {
  const tag = `<drawing r:id="${relId}"/>`;
  const at = sheetXml.search(/<legacyDrawing|<legacyDrawingHF|<picture|<oleObjects|<controls|<webPublishItems|<tableParts|<extLst|<\/worksheet>/);
  return sheetXml.slice(0, at) + tag + sheetXml.slice(at);
}

async function addSheetCharts(zip: JSZip, sheet: SheetPlan, sheetPath: string, drawingNo: number, firstChart: number): Promise<string[]> {
  const tables = sheet.blocks.filter((b): b is TablePlan => b.kind === 'table');
  const parts: string[] = [];
  sheet.charts.forEach((c, k) => {
    const path = `xl/charts/chart${firstChart + k}.xml`;
    zip.file(path, chartXml(sheet.name, c, tables.find((t) => t.name === c.table)!));
    parts.push(`/${path}`);
  });
  const drawing = `xl/drawings/drawing${drawingNo}.xml`;
  zip.file(drawing, drawingXml(sheet.charts));
  zip.file(
    `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
    relationshipsXml(sheet.charts.map((_, k) => ({ id: `rId${k + 1}`, type: 'chart', target: `../charts/chart${firstChart + k}.xml` }))),
  );
  const relsPath = sheetPath.replace(/worksheets\/(sheet\d+\.xml)$/, 'worksheets/_rels/$1.rels');
  const existing = zip.file(relsPath) ? await zip.file(relsPath)!.async('string') : relationshipsXml([]);
  const relId = `rIdCxDrawing${drawingNo}`;
  const rel = `<Relationship Id="${relId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing${drawingNo}.xml"/>`;
  zip.file(relsPath, existing.replace('</Relationships>', `${rel}</Relationships>`));
  zip.file(sheetPath, linkDrawing(await zip.file(sheetPath)!.async('string'), relId));
  return [...parts, `/${drawing}`];
}

/**
 * ExcelJS writes no charts: this adds the plan's charts to the package as DrawingML chart
 * parts (ECMA-376 Part 1, §21.2), one drawing per sheet, with their relationships and content types.
 */
export async function addChartsToZip(zip: JSZip, plan: WorkbookPlan): Promise<void> {
  const sheets = await sheetParts(zip);
  const overrides: string[] = [];
  let chartNo = 1;
  let drawingNo = 1;
  for (const sheet of plan.sheets) {
    if (!sheet.charts.length) continue;
    const parts = await addSheetCharts(zip, sheet, sheets.get(sheet.name)!, drawingNo++, chartNo);
    chartNo += sheet.charts.length;
    for (const p of parts) overrides.push(`<Override PartName="${p}" ContentType="${p.includes('/charts/') ? CHART_TYPE : DRAWING_TYPE}"/>`);
  }
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', `${overrides.join('')}</Types>`));
}

/** The package with the plan's charts added, as one buffer. */
export async function addCharts(xlsx: Buffer | ArrayBuffer, plan: WorkbookPlan): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  await addChartsToZip(zip, plan);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
