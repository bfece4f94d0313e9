import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { AnalysisError, Report, analyzeTable } from '../analytics';
import { AnalyzeCommand, OutputSheet, parseCommand } from './args';
import { CliError, EXIT } from './cli-error';
import { customersCsv } from './customers-csv';
import { readInputTable } from './read-input';
import { DATA_SHEET, reportWorkbook } from './write-xlsx';
import { addCharts } from './charts/add-charts';
import { planReport } from '../workbook/plan';

export interface Io {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

const processIo: Io = {
  stdout: (line) => process.stdout.write(line + '\n'),
  stderr: (line) => process.stderr.write(line + '\n'),
};

async function writeOutput(path: string, write: (absolute: string) => Promise<void>): Promise<string> {
  const absolute = resolve(path);
  try {
    await mkdir(dirname(absolute), { recursive: true });
    await write(absolute);
  } catch (e) {
    throw new CliError(`Cannot write ${path}: ${(e as Error).message}`, EXIT.unwritableOutput);
  }
  return absolute;
}

async function run(cmd: AnalyzeCommand, io: Io): Promise<void> {
  const say = (line: string) => cmd.quiet || io.stderr(line);
  say(`Reading ${cmd.input}…`);
  const values = await readInputTable(cmd.input, cmd.sheet);
  const customersTable = cmd.customers ? await readInputTable(cmd.customers, cmd.customersSheet) : undefined;
  say(`Analyzing ${Math.max(0, values.length - 1).toLocaleString('en-US')} rows…`);
  let report: Report;
  try {
    report = analyzeTable(values, { ...cmd.analyze, mapping: cmd.mapping }, { customersTable });
  } catch (e) {
    if (e instanceof AnalysisError) throw new CliError(`${cmd.input}: ${e.message}`, EXIT.badArguments);
    throw e;
  }
  const q = report.quality;
  say(`${report.customers.length.toLocaleString('en-US')} customers scored as of ${report.asOfDate}; ${q.skippedRows.toLocaleString('en-US')} of ${q.rows.toLocaleString('en-US')} rows skipped.`);
  if (cmd.customersOut) {
    const path = await writeOutput(cmd.customersOut, (p) => writeFile(p, customersCsv(report.customers, report.options.schemes)));
    io.stdout(`Wrote ${path} (${report.customers.length} customers)`);
  }
  if (cmd.reportJson) {
    const path = await writeOutput(cmd.reportJson, (p) => writeFile(p, reportJson(report)));
    io.stdout(`Wrote ${path} (report JSON)`);
  }
  if (cmd.out) {
    const cxSheets = cmd.sheets.filter((s): s is Exclude<OutputSheet, 'data'> => s !== 'data');
    const plan = planReport(report, { source: basename(cmd.input), treemap: false, sheets: cxSheets });
    const withData = cmd.sheets.includes('data');
    const path = await writeOutput(cmd.out, async (p) => {
      const xlsx = await reportWorkbook(values, report, plan, withData).xlsx.writeBuffer();
      await writeFile(p, await addCharts(xlsx as ArrayBuffer, plan));
    });
    const names = [...(withData ? [DATA_SHEET] : []), ...plan.sheets.map((s) => s.name)];
    const charts = plan.sheets.reduce((n, s) => n + s.charts.length, 0);
    io.stdout(`Wrote ${path} (sheets ${names.join(', ')}; ${charts} charts)`);
  }
}

/** The report as JSON, without the per-row arrays (they mirror the input, which the user has). */
export function reportJson(report: Report): string {
  const { rowSegments: _segments, rowCustomer: _customers, ...rest } = report;
  return JSON.stringify(rest, null, 2) + '\n';
}

/** Runs the command line; resolves to the process exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    await run(parseCommand(argv), io);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(e.message);
      return e.exitCode;
    }
    io.stderr(`cx-segments failed: ${(e as Error).stack ?? e}`);
    return EXIT.failed;
  }
}
