/**
 * `npm run bench`: the issue-8 benchmark. For each size (default 100,000 and 1,000,000 rows) it
 * generates the seeded workload and runs the stages, printing one `bench …` line per figure.
 * Exits non-zero when a measured target is missed or the implementations disagree.
 *
 *   --rows=100000,1000000   sizes to run
 *   --stages=memory,rfm,report,ingest,excel-io,functions
 *   --profile[=rfm|ingest|report]  only the JS rfm pipeline (or ingest, or the whole report), 20 times at the largest size,
 *                           for node --cpu-prof (see docs/performance.md)
 *   --runs=20               how many runs --profile makes (scripts/bench/count-instructions.sh runs two counts)
 *
 * Stages: memory, rfm (with its DuckDB and arquero baselines and per-step times), report (the
 * whole analysis against the rfm pipeline), ingest, excel-io (sync count against the in-memory
 * Excel model), functions (CX.SEGMENT.RFM over 100,000 rows, run once after every size, when one has 100,000 rows or more).
 */
import { execSync } from 'node:child_process';
import { availableParallelism, cpus } from 'node:os';
import { Transactions, analyzeTransactions, ingestTransactions, mapTable } from '../../src/analytics';
import { generateWorkload, toValues, Workload } from './workload';
import { Repeats, collectGarbage, median, medianMs } from './timing';
import { line, summary } from './report';
import { rfmStage } from './stage-rfm';
import { ingestStage, ingestValues } from './stage-ingest';
import { memoryStage } from './stage-memory';
import { jsRfm } from './rfm-js';
import { reportStage } from './stage-report';
import { excelIoStage } from './stage-excel-io';
import { FUNCTIONS_ROWS, functionsStage } from './stage-functions';

const STAGES = ['memory', 'rfm', 'report', 'ingest', 'excel-io', 'functions'] as const;
type Stage = (typeof STAGES)[number];

interface Args {
  rows: number[];
  stages: Stage[];
  /** '' when not profiling, else 'rfm', 'ingest' or 'report'. */
  profile: string;
  /** Runs of --profile. */
  runs: number;
}

function parseArgs(argv: string[]): Args {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const rows = (value('rows') ?? '100000,1000000').split(',').map(Number);
  const stages = (value('stages')?.split(',') ?? [...STAGES]) as Stage[];
  const profile = argv.includes('--profile') ? 'rfm' : value('profile') ?? '';
  const bad = stages.some((s) => !STAGES.includes(s)) || !['', 'rfm', 'ingest', 'report'].includes(profile);
  const runs = Number(value('runs') ?? 20);
  if (bad || !Number.isInteger(runs) || runs < 0 || rows.some((n) => !Number.isInteger(n) || n < 12)) throw new Error(`bad arguments: ${argv.join(' ')}`);
  return { rows, stages, profile, runs };
}

/**
 * More repeats where a run is short; the slow arquero baseline gets fewer. Five warm-up runs: the
 * whole report takes four or five runs (with a GC before each) to reach its steady time, the rfm
 * pipeline two, so with two the report's median took in runs still settling (docs/performance.md).
 */
function repeatsFor(rows: number): { fast: Repeats; slow: Repeats } {
  return rows >= 500_000 ? { fast: { warmup: 5, runs: 9 }, slow: { warmup: 1, runs: 3 } } : { fast: { warmup: 5, runs: 11 }, slow: { warmup: 1, runs: 5 } };
}

/** The typed columns the rfm pipeline starts from: ISO text dates, ingested once (not timed). */
function typedTransactions(w: Workload): Transactions {
  return ingestTransactions(mapTable(toValues(w, 'iso')).columns);
}

function describeWorkload(rows: number, w: Workload, tx: Transactions): void {
  let returned = 0;
  for (let i = 0; i < tx.rowCount; i++) returned += tx.isReturn[i];
  line('workload', { rows, customers: tx.customerIds.length, orders: tx.orderCount, return_rows_share: returned / rows, seed: 8, id_pool: w.customers });
}

async function runSize(rows: number, stages: Stage[]): Promise<void> {
  const w = generateWorkload(rows);
  const tx = typedTransactions(w);
  collectGarbage();
  describeWorkload(rows, w, tx);
  const { fast, slow } = repeatsFor(rows);
  if (stages.includes('memory')) memoryStage(rows, tx, 3);
  if (stages.includes('rfm')) await rfmStage(rows, tx, fast, slow);
  if (stages.includes('report')) await reportStage(rows, tx, fast, w);
  if (stages.includes('ingest')) await ingestStage(rows, w, fast);
  if (stages.includes('excel-io')) await excelIoStage(rows, w);
}

/** What --profile runs: the JS rfm pipeline, the whole report, or ingest of serial-date values (for node --cpu-prof). */
async function profile(rows: number, what: string, runs: number): Promise<void> {
  const w = generateWorkload(rows);
  if (what === 'ingest') {
    const values = toValues(w, 'serial');
    line('profile', { what, rows, runs, median_ms: await medianMs(() => ingestValues(values), { warmup: 0, runs }) });
    return;
  }
  const tx = typedTransactions(w);
  const run = what === 'report' ? () => analyzeTransactions(tx) : () => jsRfm(tx);
  line('profile', { what, rows, runs, median_ms: await medianMs(run, { warmup: 0, runs }) });
}

/** The commit measured, "+dirty" when src/ has changes not committed (other engineers work in this tree). */
function sourceVersion(): string {
  try {
    const head = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    return execSync('git status --porcelain src', { encoding: 'utf8' }).trim() ? `${head}+dirty` : head;
  } catch {
    return 'unknown';
  }
}

/**
 * What first touching fresh memory costs here, per 4 KB of it (median of five 64 MB buffers): the
 * price of every new typed column, and with small pages on this VM most of ingest's (run.mjs).
 */
function freshMemoryMicrosPer4k(): number {
  const bytes = 64 << 20;
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    const buffer = new Uint8Array(bytes);
    for (let i = 0; i < bytes; i += 4096) buffer[i] = 1;
    times.push(((performance.now() - t0) * 1000) / (bytes / 4096));
  }
  return median(times);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  line('machine', { node: process.version, cpus: availableParallelism(), cpu: JSON.stringify(cpus()[0]?.model ?? '?'), src: sourceVersion() });
  line('memory-pages', { malloc: process.env.GLIBC_TUNABLES?.includes('hugetlb=1') ? 'huge-pages' : 'default', fresh_us_per_4k: freshMemoryMicrosPer4k() });
  if (args.profile) {
    await profile(Math.max(...args.rows), args.profile, args.runs);
    return 0;
  }
  for (const rows of args.rows) await runSize(rows, args.stages);
  // Last: the functions' one-column ranges send ingest's row pass down its other path (a cell
  // per column reference), and the ingest measured after them ran ~11 ms slower (finding 39).
  // In Excel the functions run in their own runtime, apart from the pane's worker that ingests.
  if (args.stages.includes('functions') && args.rows.some((rows) => rows >= FUNCTIONS_ROWS)) {
    await functionsStage(generateWorkload(FUNCTIONS_ROWS), repeatsFor(FUNCTIONS_ROWS).fast);
  }
  return summary();
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(2);
  },
);
