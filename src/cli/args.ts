import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AnalyzeOptions, CellValue, ColumnMapping, FixedThresholds, ReturnsMode, RuleTable, ScoringMethod, parseDay, ruleTableFromCells } from '../analytics';
import { CliError, EXIT } from './cli-error';

export interface AnalyzeCommand {
  input: string;
  sheet?: string;
  mapping: ColumnMapping;
  analyze: AnalyzeOptions;
  customers?: string;
  customersSheet?: string;
  out?: string;
  customersOut?: string;
  reportJson?: string;
  /** Sheets of --out: data (the input with segment columns) and the CX sheets. */
  sheets: OutputSheet[];
  quiet: boolean;
}

export const OUTPUT_SHEETS = ['data', 'dashboard', 'customers', 'breakdowns', 'quality', 'rules'] as const;
export type OutputSheet = (typeof OUTPUT_SHEETS)[number];

function sheetsFlag(text: string | undefined): OutputSheet[] {
  if (text === undefined) return [...OUTPUT_SHEETS];
  const list = text.split(',').map((s) => s.trim().toLowerCase());
  const bad = list.filter((s) => !OUTPUT_SHEETS.includes(s as OutputSheet));
  if (bad.length) throw new CliError(`--sheets: unknown sheet ${bad.join(', ')}. Use any of ${OUTPUT_SHEETS.join(', ')}.`, EXIT.badArguments);
  return list as OutputSheet[];
}

export const USAGE = `Usage: cx-segments analyze INPUT.(csv|xlsx) [options]

Columns (default: detected from the headers)
  --customer COL  --date COL  --amount COL  | --quantity COL --unit-price COL
  --order COL     --status COL
Input
  --sheet NAME            worksheet of an .xlsx input (default: the first)
  --customers FILE        a customers table (.csv/.xlsx) joined on customer id
  --customers-sheet NAME  its worksheet
Options
  --as-of YYYY-MM-DD      as-of date (default: latest order date + 1 day)
  --method M              ntile (default), rank-quantile, rfm-package, fixed
  --thresholds JSON       cut points for fixed, e.g. '{"recencyDays":[30,90],"frequency":[2,5],"monetary":[100,500]}'
  --bins N                score levels, 2-10 (default 5)
  --scheme S              main segment scheme: rfm (default), rfgrid, tiers, personas
  --returns net|exclude   credit notes net out of monetary (default net)
Output
  --out FILE.xlsx         report workbook
  --sheets LIST           which sheets: data,dashboard,customers,breakdowns,quality,rules (default all)
  --customers-out FILE.csv  one row per customer
  --report-json FILE.json the whole report as JSON
  --quiet                 no progress messages
  --config FILE.json      any of the options above as JSON keys ("method": "rank-quantile",
                          "thresholds": {...}, "sheets": [...]), plus "rules": {"scheme": [[cells]]}
                          for your own rule tables; flags given on the command line win`;

const COLUMN_FLAGS: Record<string, keyof ColumnMapping> = {
  customer: 'customer',
  date: 'date',
  amount: 'amount',
  quantity: 'quantity',
  'unit-price': 'unitPrice',
  order: 'order',
  status: 'status',
};

export function parseCommand(argv: string[]): AnalyzeCommand {
  const options = {
    ...Object.fromEntries(Object.keys(COLUMN_FLAGS).map((k) => [k, { type: 'string' as const }])),
    sheet: { type: 'string' as const },
    'as-of': { type: 'string' as const },
    method: { type: 'string' as const },
    bins: { type: 'string' as const },
    scheme: { type: 'string' as const },
    thresholds: { type: 'string' as const },
    sheets: { type: 'string' as const },
    returns: { type: 'string' as const },
    customers: { type: 'string' as const },
    'customers-sheet': { type: 'string' as const },
    'report-json': { type: 'string' as const },
    out: { type: 'string' as const },
    'customers-out': { type: 'string' as const },
    quiet: { type: 'boolean' as const },
    config: { type: 'string' as const },
  };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n\n${USAGE}`, EXIT.badArguments);
  }
  const [command, input, ...extra] = parsed.positionals;
  if (command !== 'analyze' || !input || extra.length > 0) throw new CliError(USAGE, EXIT.badArguments);
  const v = parsed.values as Record<string, string | boolean | undefined>;
  const config = v.config ? readConfig(v.config as string, Object.keys(options)) : { flags: {}, ruleTables: undefined };
  for (const [key, value] of Object.entries(config.flags)) if (v[key] === undefined) v[key] = value;
  const mapping: ColumnMapping = {};
  for (const [flag, role] of Object.entries(COLUMN_FLAGS)) if (typeof v[flag] === 'string') mapping[role] = v[flag] as string;
  if (!v.out && !v['customers-out'] && !v['report-json']) {
    throw new CliError('Nothing to write: give --out FILE.xlsx, --customers-out FILE.csv or --report-json FILE.json.', EXIT.badArguments);
  }
  return {
    input,
    sheet: v.sheet as string | undefined,
    mapping,
    analyze: {
      asOf: asOfFlag(v['as-of'] as string | undefined),
      method: v.method as ScoringMethod | undefined,
      bins: v.bins === undefined ? undefined : Number(v.bins),
      scheme: v.scheme as string | undefined,
      returns: v.returns as ReturnsMode | undefined,
      thresholds: thresholdsFlag(v.thresholds as string | undefined),
      ruleTables: config.ruleTables,
    },
    customers: v.customers as string | undefined,
    customersSheet: v['customers-sheet'] as string | undefined,
    reportJson: v['report-json'] as string | undefined,
    out: v.out as string | undefined,
    sheets: sheetsFlag(v.sheets as string | undefined),
    customersOut: v['customers-out'] as string | undefined,
    quiet: v.quiet === true,
  };
}

function asOfFlag(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseDay(text) : NaN;
  if (Number.isNaN(day)) throw new CliError(`--as-of must be a date written YYYY-MM-DD, not "${text}".`, EXIT.badArguments);
  return day;
}

function thresholdsFlag(text: string | undefined): FixedThresholds | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as FixedThresholds;
  } catch {
    throw new CliError(`--thresholds must be JSON such as {"recencyDays":[30,90],"frequency":[2,5],"monetary":[100,500]}, not ${text}.`, EXIT.badArguments);
  }
}

/** A JSON file of flag values (the flags' own names) and rule tables as cells, by scheme name. */
function readConfig(path: string, known: string[]): { flags: Record<string, string | boolean>; ruleTables?: RuleTable[] } {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CliError(`Cannot read the config ${path}: ${(e as Error).message}`, EXIT.badArguments);
  }
  const flags: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(json)) {
    if (key === 'rules') continue;
    if (!known.includes(key) || key === 'config') throw new CliError(`${path}: unknown option "${key}".`, EXIT.badArguments);
    flags[key] = typeof value === 'boolean' ? value : Array.isArray(value) ? value.join(',') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  const rules = json.rules as Record<string, CellValue[][]> | undefined;
  try {
    return { flags, ruleTables: rules && Object.entries(rules).map(([scheme, cells]) => ruleTableFromCells(cells, scheme)) };
  } catch (e) {
    throw new CliError(`${path}: ${(e as Error).message}`, EXIT.badArguments);
  }
}
