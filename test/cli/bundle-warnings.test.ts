import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

/**
 * Node warns about deprecated APIs only when the caller is outside node_modules, which the bundled
 * command line is (its dependencies are inside the bundle): run from source, the tests never see
 * such a warning. So the command line is bundled here, as `npm run build:cli` does, and run.
 */
describe('the bundled command line', () => {
  it('writes a long report (customers streamed) with nothing on stderr but what it says itself', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cx-cli-bundle-'));
    await build({
      entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
      outfile: join(dir, 'cx-segments.cjs'), external: ['exceljs'], logLevel: 'silent',
    });
    await writeFile(join(dir, 'run.cjs'), "require('./cx-segments.cjs').main(process.argv.slice(2)).then((code) => (process.exitCode = code));\n");
    const lines = ['customer,order,date,amount'];
    for (let c = 0; c < 1500; c++) lines.push(`C${c},O${c},2024-0${1 + (c % 9)}-1${c % 10},${10 + (c % 97)}`);
    await writeFile(join(dir, 'orders.csv'), `${lines.join('\n')}\n`);
    const { stdout, stderr } = await run(process.execPath, [join(dir, 'run.cjs'), 'analyze', join(dir, 'orders.csv'), '--out', join(dir, 'report.xlsx'), '--quiet'], {
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
    });
    expect(stderr).toBe('');
    expect(stdout).toContain('1,500 customers');
  }, 60_000);
});
