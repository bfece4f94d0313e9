import { Area, formatAddress, modelError } from './addresses';
import { ClientObject, ModelContext } from './client-object';
import { ModelRange } from './range';

/** A chart as the model stores it, for tests to inspect. */
export interface ChartState {
  id: string;
  sheetId: string;
  type: string;
  title: string;
  seriesBy: string;
  series: { name: string; values?: string; xValues?: string }[];
  position?: { from: string; to: string };
  categoryTitle?: string;
  valueTitle?: string;
  valueFormat?: string;
}

/** Chart types this model knows (Excel.ChartType), with the minor version of the ExcelApi set that brought them. */
const CHART_TYPES: Record<string, number> = {
  ColumnClustered: 1, BarClustered: 1, Line: 1, LineMarkers: 1, Pie: 1, Doughnut: 1, Treemap: 9, Pareto: 9,
};

const addressOf = (ctx: ModelContext, r: ModelRange) => formatAddress(ctx.state.sheetById(r.sheetId()).name, r.area());

class ModelSeries {
  constructor(
    private readonly ctx: ModelContext,
    private readonly state: () => ChartState['series'][number],
  ) {}

  set name(v: string) {
    this.ctx.enqueue(() => (this.state().name = v));
  }

  setValues(r: ModelRange): void {
    this.ctx.enqueue(() => (this.state().values = addressOf(this.ctx, r)));
  }

  setXAxisValues(r: ModelRange): void {
    this.ctx.enqueue(() => (this.state().xValues = addressOf(this.ctx, r)));
  }
}

export class ModelChart extends ClientObject {
  constructor(
    ctx: ModelContext,
    private readonly find: () => ChartState | undefined,
  ) {
    super(ctx, 'Chart');
  }

  private chart(): ChartState {
    const c = this.find();
    if (!c) throw modelError('ItemNotFound', "The requested resource doesn't exist.");
    return c;
  }

  protected readProperty(name: string): unknown {
    const c = this.chart();
    if (name === 'name' || name === 'id') return c.id;
    if (name === 'chartType') return c.type;
    throw modelError('InvalidArgument', `Chart has no property "${name}" in this model.`);
  }

  readonly title = ((ctx: ModelContext, chart: () => ChartState) => ({
    set text(v: string) {
      ctx.enqueue(() => (chart().title = v));
    },
  }))(this.ctx, () => this.chart());

  readonly axes = {
    categoryAxis: this.axis('category'),
    valueAxis: this.axis('value'),
  };

  private axis(which: 'category' | 'value') {
    const ctx = this.ctx;
    const chart = () => this.chart();
    return {
      title: {
        set text(v: string) {
          ctx.enqueue(() => (which === 'category' ? (chart().categoryTitle = v) : (chart().valueTitle = v)));
        },
      },
      set numberFormat(v: string) {
        ctx.enqueue(() => (chart().valueFormat = v));
      },
    };
  }

  readonly series = ((ctx: ModelContext, chart: () => ChartState) => ({
    getItemAt: (i: number) =>
      new ModelSeries(ctx, () => {
        const s = chart().series[i];
        if (!s) throw modelError('ItemNotFound', `The chart has no series ${i}.`);
        return s;
      }),
    add: (name?: string) => {
      let index = -1;
      ctx.enqueue(() => {
        index = chart().series.push({ name: name ?? '' }) - 1;
      });
      return new ModelSeries(ctx, () => chart().series[index]);
    },
  }))(this.ctx, () => this.chart());

  setPosition(from: string, to?: string): void {
    this.ctx.enqueue(() => (this.chart().position = { from, to: to ?? from }));
  }
}

export class ModelChartCollection {
  constructor(
    private readonly ctx: ModelContext,
    private readonly sheetId: () => string,
    private readonly excelApi: number,
  ) {}

  /** charts.add(type, sourceData, seriesBy): one series per column of the source (its first row the name). */
  add(type: string, source: ModelRange, seriesBy = 'Auto'): ModelChart {
    let created: ChartState | undefined;
    this.ctx.enqueue(() => {
      const since = CHART_TYPES[type];
      if (since === undefined) throw modelError('InvalidArgument', `"${type}" is not a chart type.`);
      if (since > this.excelApi) throw modelError('ApiNotFound', `Chart type ${type} needs ExcelApi 1.${since}.`);
      const area: Area = source.area();
      const sheet = this.ctx.state.sheetById(source.sheetId());
      const series = Array.from({ length: area.cols }, (_, j) => ({
        name: String(sheet.cells[area.row]?.[area.col + j] ?? ''),
        values: formatAddress(sheet.name, { row: area.row + 1, col: area.col + j, rows: area.rows - 1, cols: 1 }),
      }));
      created = { id: this.ctx.state.newId('chart'), sheetId: this.sheetId(), type, title: '', seriesBy, series };
      this.ctx.state.charts.push(created);
    });
    return new ModelChart(this.ctx, () => created);
  }
}
