import { ChartPlan, TablePlan } from '../../workbook/plan';
import { catVal, chartSpace, serHead, seriesRefs } from './chart-xml';

/** Pie or doughnut: one series, a slice per row, coloured by point, legend with the categories. */
export function pieChartXml(sheet: string, chart: ChartPlan, table: TablePlan): string {
  const [s] = seriesRefs(sheet, chart, table);
  const ser = `<c:ser>${serHead(s)}${catVal(s)}</c:ser>`;
  const plot =
    chart.kind === 'doughnut'
      ? `<c:doughnutChart><c:varyColors val="1"/>${ser}<c:firstSliceAng val="0"/><c:holeSize val="55"/></c:doughnutChart>`
      : `<c:pieChart><c:varyColors val="1"/>${ser}<c:firstSliceAng val="0"/></c:pieChart>`;
  return chartSpace(chart, plot, true);
}
