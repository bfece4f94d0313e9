import { ChartPlan, TablePlan } from '../../workbook/plan';
import { axes, catVal, chartSpace, serHead, seriesRefs } from './chart-xml';

/** Clustered bar (horizontal) or column (vertical) chart: c:barChart with one c:ser per value column. */
export function barChartXml(sheet: string, chart: ChartPlan, table: TablePlan): string {
  const horizontal = chart.kind !== 'column';
  const series = seriesRefs(sheet, chart, table)
    .map((s) => `<c:ser>${serHead(s)}<c:invertIfNegative val="0"/>${catVal(s)}</c:ser>`)
    .join('');
  const plot =
    `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="80"/><c:axId val="10"/><c:axId val="20"/></c:barChart>${axes(chart, horizontal)}`;
  return chartSpace(chart, plot, chart.seriesColumns.length > 1);
}
