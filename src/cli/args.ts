import { parseArgs } from 'node:util';
import {
  AnalyzeOptions, BUILT_IN_SCHEMES, ColumnMapping, DEFAULT_AGE_BANDS, DEFAULT_INCOME_BANDS, FixedThresholds, ReturnsMode, ScoringMethod, parseDay,
} from '../analytics';
import { CliError, EXIT } from './cli-error';
import { readConfig } from './config-file';

export interface AnalyzeCommand {
  input: string;
  sheet?: string;
  table?: string;
  mapping: ColumnMapping;
  analyze: AnalyzeOptions;
  /** Schemes that get a segment column of their own in the Data sheet, besides the main one. */
  extraSchemes: string[];
  customers?: string;
  customersSheet?: string;
  customersTable?: string;
  out?: string;
  customersOut?: string;
  reportJson?: string;
  /** Sheets of --out: data (the input with segment columns) and the CX sheets. */
  sheets: OutputSheet[];
  quiet: boolean;
  /** Progress and errors on stderr as one JSON object per line. */
  json: boolean;
}

export const OUTPUT_SHEETS = ['data', 'dashboard', 'customers', 'breakdowns', 'quality', 'rules'] as const;
export type OutputSheet = (typeof OUTPUT_SHEETS)[number];

export const USAGE = `Usage: cx-segments analyze INPUT.(csv|xlsx) [options]

Columns (default: detected from the headers, else from the values)
  --customer COL  --date COL  --amount COL  | --quantity COL --unit-price COL
  --order COL     --status COL
Input
  --sheet NAME            worksheet of an .xlsx input
  --table NAME            Excel table of an .xlsx input (default: the first sheet or table
                          with a customer and a date column)
  --customers FILE        a customers table (.csv/.xlsx) joined on customer id
  --customers-sheet NAME  its worksheet (default: the first)
  --customers-table NAME  its Excel table
Options (the task pane's, with the same defaults)
  --scheme S              main segment scheme: rfm (default), rfgrid, tiers, personas, or one of --config's rules
  --method M              ntile (default), rank-quantile, rfm-package, fixed
  --bins N                score levels, 2-10 (default 5); the built-in rule tables are
                          restated for them
  --thresholds JSON       cut points for fixed, e.g. '{"recencyDays":[30,90],"frequency":[2,5],"monetary":[100,500]}'
  --as-of YYYY-MM-DD      as-of date (default: latest order date + 1 day)
  --returns net|exclude   credit notes net out of monetary (net, default) or are left out
  --returned-statuses LIST  status values that mean returned (default: return(ed), refund(ed),
                          cancel(led) and the like)
  --extra-schemes LIST    more segment columns beside the data, e.g. rfgrid,tiers (default none)
  --age-bands LIST        age band edges (default ${DEFAULT_AGE_BANDS.join(',')})
  --income-bands LIST     income band edges (default ${DEFAULT_INCOME_BANDS.join(',')})
  --top N                 top customers and products listed (default 10)
Output
  --out FILE.xlsx         report workbook
  --sheets LIST           which sheets: ${OUTPUT_SHEETS.join(',')} (default all)
  --customers-out FILE.csv  one row per customer
  --report-json FILE.json the whole report as JSON
  --quiet                 no progress on stderr (errors and warnings still)
  --json                  progress and errors on stderr as JSON lines
  --config FILE.json      any of these options under the flag's name ("method": "rank-quantile",
                          "age-bands": [20, 40], "sheets": [...]), plus "rules": {"scheme": [[cells]]}
                          for your own rule tables; flags given on the command line win
  --help                  this text

Exit codes: 0 done, 2 bad arguments or column mapping, 3 unreadable input, 4 output not writable.`;

const COLUMN_FLAGS: Record<string, keyof ColumnMapping> = {
  customer: 'customer',
  date: 'date',
  amount: 'amount',
  quantity: 'quantity',
  'unit-price': 'unitPrice',
  order: 'order',
  status: 'status',
};

/** Every flag that takes a value, and every switch (the names --config takes too). */
export const STRING_FLAGS = [
  ...Object.keys(COLUMN_FLAGS), 'sheet', 'table', 'as-of', 'method', 'bins', 'scheme', 'thresholds', 'sheets', 'returns', 'returned-statuses',
  'extra-schemes', 'age-bands', 'income-bands', 'top', 'customers', 'customers-sheet', 'customers-table', 'report-json', 'out', 'customers-out', 'config',
];
export const BOOLEAN_FLAGS = ['quiet', 'json', 'help'];

const list = (text: string | undefined) => (text === undefined ? undefined : text.split(',').map((s) => s.trim()).filter((s) => s !== ''));

function sheetsFlag(text: string | undefined): OutputSheet[] {
  if (text === undefined) return [...OUTPUT_SHEETS];
  const names = list(text)!.map((s) => s.toLowerCase());
  const bad = names.filter((s) => !OUTPUT_SHEETS.includes(s as OutputSheet));
  if (bad.length) throw new CliError(`--sheets: unknown sheet ${bad.join(', ')}. Use any of ${OUTPUT_SHEETS.join(', ')}.`, EXIT.badArguments);
  return names as OutputSheet[];
}

function numbersFlag(flag: string, text: string | undefined): number[] | undefined {
  const items = list(text);
  if (items === undefined) return undefined;
  const numbers = items.map(Number);
  if (numbers.length === 0 || numbers.some((x, i) => !Number.isFinite(x) || (i > 0 && x <= numbers[i - 1]))) {
    throw new CliError(`--${flag} must be ascending numbers separated by commas, such as 18,25,35, not "${text}".`, EXIT.badArguments);
  }
  return numbers;
}

function wholeFlag(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim())) throw new CliError(`--${flag} must be a whole number, not "${text}".`, EXIT.badArguments);
  return Number(text);
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

/** True when the user asked for the usage text. */
export function wantsHelp(argv: string[]): boolean {
  return argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help';
}

export function parseCommand(argv: string[]): AnalyzeCommand {
  const options = Object.fromEntries([
    ...STRING_FLAGS.map((k) => [k, { type: 'string' as const }]),
    ...BOOLEAN_FLAGS.map((k) => [k, { type: 'boolean' as const }]),
  ]) as Record<string, { type: 'string' | 'boolean' }>;
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
  const text = (flag: string) => (v[flag] === undefined ? undefined : String(v[flag]));
  const mapping: ColumnMapping = {};
  for (const [flag, role] of Object.entries(COLUMN_FLAGS)) if (text(flag) !== undefined) mapping[role] = text(flag);
  if (!v.out && !v['customers-out'] && !v['report-json']) {
    throw new CliError('Nothing to write: give --out FILE.xlsx, --customers-out FILE.csv or --report-json FILE.json.', EXIT.badArguments);
  }
  const scheme = text('scheme');
  const extraSchemes = (list(text('extra-schemes')) ?? []).filter((s) => s !== (scheme ?? 'rfm'));
  const known = [...Object.keys(BUILT_IN_SCHEMES), ...(config.ruleTables ?? []).map((t) => t.scheme)];
  const unknown = extraSchemes.filter((s) => !known.includes(s));
  if (unknown.length) throw new CliError(`--extra-schemes: unknown scheme ${unknown.join(', ')}. Use any of ${known.join(', ')}.`, EXIT.badArguments);
  return {
    input,
    sheet: text('sheet'),
    table: text('table'),
    mapping,
    analyze: {
      asOf: asOfFlag(text('as-of')),
      method: text('method') as ScoringMethod | undefined,
      bins: text('bins') === undefined ? undefined : Number(text('bins')),
      scheme,
      returns: text('returns') as ReturnsMode | undefined,
      returnedStatuses: list(text('returned-statuses')),
      thresholds: thresholdsFlag(text('thresholds')),
      ruleTables: config.ruleTables,
      ageBands: numbersFlag('age-bands', text('age-bands')),
      incomeBands: numbersFlag('income-bands', text('income-bands')),
      topN: wholeFlag('top', text('top')),
    },
    extraSchemes,
    customers: text('customers'),
    customersSheet: text('customers-sheet'),
    customersTable: text('customers-table'),
    reportJson: text('report-json'),
    out: text('out'),
    sheets: sheetsFlag(text('sheets')),
    customersOut: text('customers-out'),
    quiet: v.quiet === true || v.quiet === 'true',
    json: v.json === true || v.json === 'true',
  };
}
