/** Where the command line talks: stdout for results, stderr for progress and errors. */
export interface Io {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** stderr is a terminal: progress is one line redrawn through `write`. */
  isTTY?: boolean;
  /** Writes to stderr as is, without a newline. */
  write?: (text: string) => void;
  /** Milliseconds from any fixed start (performance.now); tests pass a fake clock. */
  now?: () => number;
}

export type Step = 'reading' | 'computing' | 'writing';
export type ProgressMode = 'quiet' | 'json' | 'tty' | 'lines';

export interface RowsRead {
  rows: number;
  bytes: number;
  totalBytes: number;
}

/** What the run is doing, told on stderr: a redrawn bar on a terminal, plain lines in a log, JSON lines with --json. */
export interface Progress {
  start(step: Step, message: string, detail?: Record<string, unknown>): void;
  /** Rows read so far (the reading step). */
  rows(p: RowsRead): void;
  /** Rows written so far of `totalRows` (the writing step). */
  written(rows: number, totalRows: number): void;
  /** An empty message ends the step without a line (when stdout already says it). */
  done(step: Step, message: string, detail?: Record<string, unknown>): void;
  /** Something the user should know about the result (said even with --quiet; JSON with --json). */
  warning(message: string, detail?: Record<string, unknown>): void;
  /** The run failed: end the bar's line, then the error is said (as JSON with --json). */
  error(message: string, exitCode: number): void;
}

export function progressMode(io: Io, flags: { quiet: boolean; json: boolean }): ProgressMode {
  if (flags.json) return 'json';
  if (flags.quiet) return 'quiet';
  return io.isTTY && io.write ? 'tty' : 'lines';
}

const REDRAW_MS = 100;
const BAR = 20;
const count = (n: number) => n.toLocaleString('en-US');

/** "[########------------]  42%  420,000 rows  105,000 rows/s" (`share`: of the whole step, 0–1). */
export function barLine(label: string, rows: number, share: number, rowsPerSecond: number): string {
  const filled = Math.round(share * BAR);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${String(Math.round(share * 100)).padStart(3)}%`;
  return `${label} ${bar}  ${count(rows)} rows  ${count(Math.round(rowsPerSecond))} rows/s`;
}

export function createProgress(io: Io, mode: ProgressMode): Progress {
  const now = io.now ?? (() => performance.now());
  let step: Step | undefined;
  let label = '';
  let started = 0;
  let lastDraw = -Infinity;
  let lastTenth = 0;
  let barShown = false;
  const seconds = () => Math.round(now() - started) / 1000;
  const rate = (rows: number) => (now() > started ? (rows * 1000) / (now() - started) : 0);
  const json = (event: string, detail: Record<string, unknown>) => io.stderr(JSON.stringify({ event, ...(step ? { step } : {}), ...detail }));
  const endBar = () => {
    if (barShown) io.write!('\r\x1b[K');
    barShown = false;
  };

  /** `rows` done, `share` of the step: a redrawn bar, a line per tenth, or a JSON line (with `detail`). */
  const advance = (rows: number, share: number, detail: Record<string, unknown>) => {
    if (mode === 'json') json('progress', { rows, ...detail, rowsPerSecond: Math.round(rate(rows)) });
    else if (mode === 'tty' && now() - lastDraw >= REDRAW_MS) {
      lastDraw = now();
      io.write!(`\r\x1b[K${barLine(label, rows, share, rate(rows))}`);
      barShown = true;
    } else if (mode === 'lines') {
      // One line per tenth of the step, so a log stays short.
      const tenth = Math.floor(10 * share);
      if (tenth > lastTenth && tenth < 10) {
        lastTenth = tenth;
        io.stderr(`${label}: ${count(rows)} rows (${tenth * 10}%)`);
      }
    }
  };

  return {
    start(s, message, detail = {}) {
      step = s;
      label = message;
      started = now();
      lastDraw = -Infinity;
      lastTenth = 0;
      if (mode === 'json') json('start', detail);
      else if (mode === 'tty') {
        io.write!(`\r\x1b[K${message}…`);
        barShown = true;
      } else if (mode === 'lines') io.stderr(`${message}…`);
    },
    rows(p) {
      advance(p.rows, p.totalBytes > 0 ? Math.min(1, p.bytes / p.totalBytes) : 0, { bytes: p.bytes, totalBytes: p.totalBytes });
    },
    written(rows, totalRows) {
      advance(rows, totalRows > 0 ? Math.min(1, rows / totalRows) : 0, { totalRows });
    },
    done(s, message, detail = {}) {
      step = s;
      if (mode === 'json') json('done', { ...detail, seconds: seconds() });
      else if (mode === 'tty') {
        endBar();
        if (message) io.stderr(message);
      } else if (mode === 'lines' && message) io.stderr(message);
      step = undefined;
    },
    warning(message, detail = {}) {
      if (mode === 'json') json('warning', { ...detail, message });
      else {
        if (mode === 'tty') endBar();
        io.stderr(`Warning: ${message}`);
      }
    },
    error(message, exitCode) {
      if (mode === 'json') json('error', { exitCode, message });
      else {
        if (mode === 'tty') endBar();
        io.stderr(message);
      }
    },
  };
}
