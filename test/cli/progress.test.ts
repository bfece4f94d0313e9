import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { Io, barLine, createProgress } from '../../src/cli/progress';

const TEN = join(__dirname, '..', 'fixtures', 'ten-orders.csv');

/** An Io that records everything, with a clock the test moves. */
function fakeIo(isTTY: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  const raw: string[] = [];
  let ms = 0;
  const io: Io = { stdout: (l) => out.push(l), stderr: (l) => err.push(l), isTTY, write: (t) => raw.push(t), now: () => ms };
  return { io, out, err, raw, tick: (by: number) => (ms += by) };
}

describe('progress on a terminal', () => {
  it('draws one line: bar, share of the bytes, rows read and rows per second', () => {
    // 100,000 rows in 2 s is 50,000 rows/s; half the bytes fills 10 of 20 marks.
    expect(barLine('Reading big.csv', 100_000, 0.5, 50_000)).toBe(
      'Reading big.csv [##########----------]  50%  100,000 rows  50,000 rows/s',
    );
  });

  it('redraws the same line at most every 100 ms, then ends it with the step done', () => {
    const { io, raw, err, tick } = fakeIo(true);
    const p = createProgress(io, 'tty');
    p.start('reading', 'Reading big.csv');
    tick(2000);
    p.rows({ rows: 100_000, bytes: 500, totalBytes: 1000 });
    tick(50);
    p.rows({ rows: 110_000, bytes: 550, totalBytes: 1000 }); // within 100 ms of the last: not drawn
    tick(50);
    p.rows({ rows: 120_000, bytes: 600, totalBytes: 1000 });
    p.done('reading', 'Read 120,000 rows from big.csv');
    expect(raw).toEqual([
      '\r\x1b[KReading big.csv…',
      '\r\x1b[KReading big.csv [##########----------]  50%  100,000 rows  50,000 rows/s',
      // 120,000 rows in 2.1 s
      '\r\x1b[KReading big.csv [############--------]  60%  120,000 rows  57,143 rows/s',
      '\r\x1b[K',
    ]);
    expect(err).toEqual(['Read 120,000 rows from big.csv']);
  });
});

describe('progress in a log', () => {
  it('writes plain lines, one per tenth of the file', () => {
    const { io, raw, err } = fakeIo(false);
    const p = createProgress(io, 'lines');
    p.start('reading', 'Reading big.csv');
    for (let bytes = 100; bytes <= 1000; bytes += 50) p.rows({ rows: bytes * 10, bytes, totalBytes: 1000 });
    p.done('reading', 'Read 10,000 rows from big.csv');
    expect(raw).toEqual([]);
    expect(err).toEqual([
      'Reading big.csv…',
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((t) => `Reading big.csv: ${(t * 1000).toLocaleString('en-US')} rows (${t * 10}%)`),
      'Read 10,000 rows from big.csv',
    ]);
  });
});

describe('progress of a run', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cx-progress-'));
  });

  it('on a terminal, redraws in place and leaves the steps as lines', async () => {
    const { io, raw, err } = fakeIo(true);
    expect(await main(['analyze', TEN, '--customers-out', join(dir, 'c.csv')], io)).toBe(0);
    expect(raw[0]).toBe(`\r\x1b[KReading ${TEN}…`);
    expect(raw).toContain(`\r\x1b[KReading ${TEN} [####################] 100%  10 rows  0 rows/s`);
    expect(err).toEqual([`Read 10 rows from ${TEN}`, '5 customers scored as of 2024-04-01; 0 of 10 rows skipped.']);
  });

  it('not on a terminal, writes each step as a line and never a carriage return', async () => {
    const { io, raw, err, out } = fakeIo(false);
    expect(await main(['analyze', TEN, '--out', join(dir, 'r.xlsx')], io)).toBe(0);
    expect(raw).toEqual([]);
    expect(err).toEqual([
      `Reading ${TEN}…`,
      `Read 10 rows from ${TEN}`,
      'Analyzing 10 rows…',
      '5 customers scored as of 2024-04-01; 0 of 10 rows skipped.',
      `Writing ${join(dir, 'r.xlsx')}…`,
    ]);
    expect(out[0]).toBe(`Wrote ${join(dir, 'r.xlsx')}`);
  });

  it('is silent with --quiet, on a terminal or not', async () => {
    for (const tty of [true, false]) {
      const { io, raw, err } = fakeIo(tty);
      expect(await main(['analyze', TEN, '--customers-out', join(dir, 'c.csv'), '--quiet'], io)).toBe(0);
      expect([...raw, ...err]).toEqual([]);
    }
  });

  it('with --json, writes one JSON object per line: start, progress and done of each step', async () => {
    const { io, raw, err, tick } = fakeIo(true);
    io.now = () => tick(250);
    expect(await main(['analyze', TEN, '--out', join(dir, 'r.xlsx'), '--json'], io)).toBe(0);
    expect(raw).toEqual([]);
    const events = err.map((l) => JSON.parse(l));
    expect(events.map((e) => `${e.event} ${e.step}`)).toEqual([
      'start reading', 'progress reading', 'done reading', 'start computing', 'done computing', 'start writing', 'progress writing', 'done writing',
    ]);
    expect(events[1]).toMatchObject({ rows: 10, bytes: expect.any(Number), totalBytes: expect.any(Number) });
    expect(events[6]).toMatchObject({ rows: 10, totalRows: 10 }); // the Data sheet's ten rows (five customers are not streamed)
    events.splice(6, 1);
    expect(events[1].bytes).toBe(events[1].totalBytes);
    expect(events[2]).toMatchObject({ event: 'done', step: 'reading', file: TEN, rows: 10 });
    expect(events[4]).toMatchObject({ customers: 5, rows: 10, skippedRows: 0, asOf: '2024-04-01' });
    expect(events[6]).toMatchObject({ file: join(dir, 'r.xlsx'), charts: expect.any(Number) });
    expect(events[6].sheets[0]).toBe('Data');
  });

  it('with --json, an error is a JSON line with the exit code', async () => {
    const { io, err } = fakeIo(false);
    expect(await main(['analyze', join(dir, 'nope.csv'), '--out', join(dir, 'r.xlsx'), '--json'], io)).toBe(3);
    expect(err.map((l) => JSON.parse(l))).toEqual([
      { event: 'start', step: 'reading', file: join(dir, 'nope.csv') },
      { event: 'error', step: 'reading', exitCode: 3, message: `Cannot read ${join(dir, 'nope.csv')}: no such file.` },
    ]);
  });
});

describe('warnings', () => {
  it('end the bar on a terminal, and come as a JSON event with --json', () => {
    const tty = fakeIo(true);
    const p = createProgress(tty.io, 'tty');
    p.start('computing', 'Analyzing 10 rows');
    p.warning('rules "mine": "Top" (rule 1) matches no score combination (scores run from 1 to 2).', { scheme: 'mine' });
    expect(tty.raw).toEqual(['\r\x1b[KAnalyzing 10 rows…', '\r\x1b[K']);
    expect(tty.err).toEqual(['Warning: rules "mine": "Top" (rule 1) matches no score combination (scores run from 1 to 2).']);
    const log = fakeIo(false);
    const q = createProgress(log.io, 'json');
    q.warning('rules "mine": x', { scheme: 'mine' });
    expect(log.err.map((l) => JSON.parse(l))).toEqual([{ event: 'warning', scheme: 'mine', message: 'rules "mine": x' }]);
    const quiet = fakeIo(false);
    createProgress(quiet.io, 'quiet').warning('said anyway');
    expect(quiet.err).toEqual(['Warning: said anyway']);
  });
});
