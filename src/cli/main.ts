import { access, constants, mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { AnalysisError, Report, analyzeTable, ruleTableWarnings } from '../analytics';
import { AnalyzeCommand, OutputSheet, USAGE, parseCommand, wantsHelp } from './args';
import { CliError, EXIT } from './cli-error';
import { customersCsv } from './customers-csv';
import { InputTable, readInputTable } from './read-input';
import { DATA_SHEET } from './write-xlsx';
import { writeReportFile } from './report-file';
import { planReport } from '../workbook/plan';
import { Io, Progress, createProgress, progressMode } from './progress';
import { workbookSummary } from './report-summary';

export type { Io } from './progress';

const processIo: Io = {
  stdout: (line) => process.stdout.write(line + '\n'),
  stderr: (line) => process.stderr.write(line + '\n'),
  isTTY: process.stderr.isTTY === true,
  write: (text) => process.stderr.write(text),
  now: () => performance.now(),
};

const count = (n: number) => n.toLocaleString('en-US');

function unwritable(path: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === 'EACCES' || code === 'EPERM' ? 'permission denied' :
    code === 'ENOTDIR' || code === 'EEXIST' ? `${dirname(path)} is not a folder` :
    code === 'EROFS' ? 'the file system is read-only' :
    code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
  return new CliError(`Cannot write ${path}: ${why}.`, EXIT.unwritableOutput);
}

/** Fails before the (possibly long) read and analysis when an output cannot be written where asked. */
async function checkWritable(path: string): Promise<void> {
  try {
    await mkdir(dirname(resolve(path)), { recursive: true });
    await access(dirname(resolve(path)), constants.W_OK);
    const existing = await stat(path).catch(() => undefined);
    if (existing?.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
  } catch (e) {
    throw unwritable(path, e);
  }
}

async function writeOutput(path: string, write: (absolute: string) => Promise<void>): Promise<string> {
  const absolute = resolve(path);
  try {
    await mkdir(dirname(absolute), { recursive: true });
    await write(absolute);
  } catch (e) {
    throw unwritable(path, e);
  }
  return absolute;
}

/** "orders.xlsx, sheet "Orders"" — where a message about the input points. */
const inputName = (path: string, input: InputTable) => (input.where ? `${path}, ${input.where}` : path);

function analyze(cmd: AnalyzeCommand, input: InputTable, customersTable: InputTable | undefined): Report {
  try {
    return analyzeTable(input.values, { ...cmd.analyze, mapping: cmd.mapping }, { customersTable: customersTable?.values });
  } catch (e) {
    if (!(e instanceof AnalysisError)) throw e;
    const rows = /\bat row \d/.test(e.message) ? ' (row 1 is the first row below the header)' : '';
    throw new CliError(`${inputName(cmd.input, input)}: ${e.message}${rows}`, EXIT.badArguments);
  }
}

async function run(cmd: AnalyzeCommand, io: Io, progress: Progress): Promise<void> {
  for (const out of [cmd.out, cmd.customersOut, cmd.reportJson]) if (out) await checkWritable(out);
  progress.start('reading', `Reading ${cmd.input}`, { file: cmd.input });
  const input = await readInputTable(cmd.input, { sheet: cmd.sheet, table: cmd.table, transactions: true, mapping: cmd.mapping, onProgress: (p) => progress.rows(p) });
  const rows = Math.max(0, input.values.length - 1);
  progress.done('reading', `Read ${count(rows)} rows from ${inputName(cmd.input, input)}`, { file: cmd.input, where: input.where, rows });
  const customersTable = cmd.customers ? await readInputTable(cmd.customers, { sheet: cmd.customersSheet, table: cmd.customersTable }) : undefined;

  progress.start('computing', `Analyzing ${count(rows)} rows`, { rows });
  const report = analyze(cmd, input, customersTable);
  const q = report.quality;
  progress.done('computing', `${count(report.customers.length)} customers scored as of ${report.asOfDate}; ${count(q.skippedRows)} of ${count(q.rows)} rows skipped.`, {
    rows: q.rows, skippedRows: q.skippedRows, customers: report.customers.length, asOf: report.asOfDate,
  });

  for (const { scheme } of cmd.analyze.ruleTables ?? []) {
    if (!report.options.schemes.includes(scheme)) continue;
    for (const w of ruleTableWarnings(report.options.ruleTables[scheme], report.options.bins)) progress.warning(`rules "${scheme}": ${w}`, { scheme });
  }

  if (cmd.customersOut) {
    const path = await writeOutput(cmd.customersOut, (p) => writeFile(p, customersCsv(report.customers, report.options.schemes)));
    io.stdout(`Wrote ${path} (${count(report.customers.length)} customers)`);
  }
  if (cmd.reportJson) {
    const path = await writeOutput(cmd.reportJson, (p) => writeFile(p, reportJson(report)));
    io.stdout(`Wrote ${path} (report JSON)`);
  }
  if (cmd.out) {
    const cxSheets = cmd.sheets.filter((s): s is Exclude<OutputSheet, 'data'> => s !== 'data');
    const plan = planReport(report, { source: input.where ? `${basename(cmd.input)}, ${input.where}` : basename(cmd.input), treemap: false, sheets: cxSheets });
    const withData = cmd.sheets.includes('data');
    progress.start('writing', `Writing ${cmd.out}`, { file: cmd.out });
    const path = await writeOutput(cmd.out, (p) => writeReportFile(p, input.values, report, plan, { withData, extraSchemes: cmd.extraSchemes, onRows: (n, total) => progress.written(n, total) }));
    const sheets = [...(withData ? [DATA_SHEET] : []), ...plan.sheets.map((s) => s.name)];
    progress.done('writing', '', { file: path, sheets, charts: plan.sheets.reduce((n, s) => n + s.charts.length, 0) });
    for (const line of workbookSummary(path, report, plan, withData ? { sheet: DATA_SHEET, rows } : undefined, cmd.extraSchemes)) io.stdout(line);
  }
}

/** The report as JSON, without the per-row arrays (they mirror the input, which the user has). */
export function reportJson(report: Report): string {
  const { rowCustomer: _customers, ...rest } = report; // rowSegments is not enumerable: left out already
  return JSON.stringify(rest, null, 2) + '\n';
}

/** Runs the command line; resolves to the process exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  if (wantsHelp(argv)) {
    if (argv.length === 0) io.stderr(USAGE);
    else io.stdout(USAGE);
    return argv.length === 0 ? EXIT.badArguments : EXIT.ok;
  }
  let progress = createProgress(io, argv.includes('--json') ? 'json' : 'lines');
  try {
    const cmd = parseCommand(argv);
    progress = createProgress(io, progressMode(io, cmd));
    await run(cmd, io, progress);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CliError) {
      progress.error(e.message, e.exitCode);
      return e.exitCode;
    }
    progress.error(`cx-segments failed: ${(e as Error).stack ?? e}`, EXIT.failed);
    return EXIT.failed;
  }
}
