import JSZip from 'jszip';
import { analyzeTable } from '../../src/analytics';
import { addCharts, chartXml } from '../../src/cli/charts/add-charts';
import { reportWorkbook } from '../../src/cli/write-xlsx';
import { TablePlan, planReport } from '../../src/workbook/plan';
import { SHOP } from '../analytics/analyses/shop';

const report = analyzeTable(SHOP);
const plan = planReport(report, { source: 'shop', treemap: true });

/** Child element names of the first `<tag>…</tag>` in xml, in order (direct children only). */
function children(xml: string, tag: string): string[] {
  const start = xml.indexOf(`<${tag}>`);
  const body = xml.slice(start + tag.length + 2, xml.indexOf(`</${tag}>`, start));
  const names: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([a-z]+:[A-Za-z]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 0) names.push(m[2]);
      if (!m[3]) depth++;
    }
  }
  return names;
}

/** ECMA-376 sequences the chart parts rely on: each list is the allowed order (a subset may appear). */
const ORDER: Record<string, string[]> = {
  'c:chart': ['c:title', 'c:autoTitleDeleted', 'c:pivotFmts', 'c:view3D', 'c:floor', 'c:sideWall', 'c:backWall', 'c:plotArea', 'c:legend', 'c:plotVisOnly', 'c:dispBlanksAs'],
  'c:barChart': ['c:barDir', 'c:grouping', 'c:varyColors', 'c:ser', 'c:dLbls', 'c:gapWidth', 'c:overlap', 'c:serLines', 'c:axId'],
  'c:lineChart': ['c:grouping', 'c:varyColors', 'c:ser', 'c:dLbls', 'c:dropLines', 'c:hiLowLines', 'c:upDownBars', 'c:marker', 'c:smooth', 'c:axId'],
  'c:pieChart': ['c:varyColors', 'c:ser', 'c:dLbls', 'c:firstSliceAng'],
  'c:doughnutChart': ['c:varyColors', 'c:ser', 'c:dLbls', 'c:firstSliceAng', 'c:holeSize'],
  'c:ser': ['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:invertIfNegative', 'c:marker', 'c:explosion', 'c:dPt', 'c:dLbls', 'c:trendline', 'c:errBars', 'c:cat', 'c:val', 'c:smooth'],
  'c:catAx': ['c:axId', 'c:scaling', 'c:delete', 'c:axPos', 'c:majorGridlines', 'c:minorGridlines', 'c:title', 'c:numFmt', 'c:majorTickMark', 'c:minorTickMark', 'c:tickLblPos', 'c:spPr', 'c:txPr', 'c:crossAx', 'c:crosses', 'c:auto', 'c:lblAlgn', 'c:lblOffset', 'c:noMultiLvlLbl'],
  'c:valAx': ['c:axId', 'c:scaling', 'c:delete', 'c:axPos', 'c:majorGridlines', 'c:minorGridlines', 'c:title', 'c:numFmt', 'c:majorTickMark', 'c:minorTickMark', 'c:tickLblPos', 'c:spPr', 'c:txPr', 'c:crossAx', 'c:crosses', 'c:crossBetween'],
};
const REQUIRED: Record<string, string[]> = {
  'c:ser': ['c:idx', 'c:order', 'c:val'],
  'c:catAx': ['c:axId', 'c:scaling', 'c:axPos', 'c:crossAx'],
  'c:valAx': ['c:axId', 'c:scaling', 'c:axPos', 'c:crossAx'],
  'c:barChart': ['c:barDir', 'c:axId'],
};

function checkOrder(xml: string): void {
  for (const [tag, order] of Object.entries(ORDER)) {
    if (!xml.includes(`<${tag}>`)) continue;
    const names = children(xml, tag);
    const positions = names.map((n) => order.indexOf(n));
    expect({ tag, unknown: names.filter((n) => !order.includes(n)) }).toEqual({ tag, unknown: [] });
    positions.forEach((p, i) => i > 0 && expect(p).toBeGreaterThanOrEqual(positions[i - 1]));
    for (const r of REQUIRED[tag] ?? []) expect(names).toContain(r);
  }
}

describe('DrawingML charts in the .xlsx', () => {
  it('follows the schema element order for every kind the plan uses', () => {
    const kinds = new Set<string>();
    for (const sheet of plan.sheets) {
      const tables = sheet.blocks.filter((b): b is TablePlan => b.kind === 'table');
      for (const c of sheet.charts) {
        kinds.add(c.kind);
        checkOrder(chartXml(sheet.name, c, tables.find((t) => t.name === c.table)!));
      }
    }
    expect([...kinds].sort()).toEqual(['bar', 'column', 'doughnut', 'line', 'pie', 'treemap']);
  });

  it('round-trips: every chart part is linked, has the planned series and points at cells of its table', async () => {
    const xlsx = await reportWorkbook(plan).xlsx.writeBuffer();
    const zip = await JSZip.loadAsync(await addCharts(xlsx as ArrayBuffer, plan));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    const all = plan.sheets.flatMap((s) => s.charts.map((c) => ({ sheet: s, chart: c })));
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(all.length);
    for (const [k, { sheet, chart }] of all.entries()) {
      const xml = await zip.file(`xl/charts/chart${k + 1}.xml`)!.async('string');
      expect(types).toContain(`PartName="/xl/charts/chart${k + 1}.xml"`);
      expect(xml.match(/<c:ser>/g)).toHaveLength(chart.seriesColumns.length);
      const table = sheet.blocks.find((b): b is TablePlan => b.kind === 'table' && b.name === chart.table)!;
      for (const [, ref] of xml.matchAll(/<c:f>([^<]+)<\/c:f>/g)) {
        const m = /^'(.+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(ref.replace(/&apos;/g, "'"))!;
        expect(m[1]).toBe(sheet.name);
        const row = Number(m[3]) - 1;
        expect(row).toBeGreaterThanOrEqual(table.anchor.row);
        expect(Number(m[5] ?? m[3]) - 1).toBeLessThanOrEqual(table.anchor.row + table.rows.length);
      }
    }
    const dashboardXml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(dashboardXml).toMatch(/<drawing r:id="rIdCxDrawing1"\/><tableParts/);
  });
});
