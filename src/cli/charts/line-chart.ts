import { ChartPlan, TablePlan } from '../../workbook/plan';
import { axes, catVal, chartSpace, serHead, seriesRefs } from './chart-xml';

/** Line chart (trend, Pareto): c:lineChart, one c:ser per value column, no markers. */
export function lineChartXml(sheet: string, chart: ChartPlan, table: TablePlan): string {
  const series = seriesRefs(sheet, chart, table)
    .map((s) => `<c:ser>${serHead(s)}<c:marker><c:symbol val="none"/></c:marker>${catVal(s)}<c:smooth val="0"/></c:ser>`)
    .join('');
  const plot = `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="10"/><c:axId val="20"/></c:lineChart>${axes(chart, false)}`;
  return chartSpace(chart, plot, chart.seriesColumns.length > 1);
}
