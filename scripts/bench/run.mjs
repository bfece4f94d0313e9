// Launches the benchmark as the add-in ships: bundled into one module (webpack concatenates the
// add-in's modules the same way), so calls between src/analytics files are direct. Run through
// tsx instead, each imported function is a CommonJS re-export getter, which cost ~20% of ingest
// (docs/performance.md). esbuild is the one tsx itself runs on.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
// Inside node_modules so that the external packages (DuckDB's native binding, arquero) resolve.
const outfile = join(root, 'node_modules', '.cache', 'cx-bench', `main-${process.pid}.mjs`);

async function bundle() {
  const { build } = await import('esbuild');
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(here, 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['@duckdb/node-api', 'arquero'],
    logLevel: 'warning',
  });
}

// Fresh 4 KB pages cost ~14 µs each on the VMs this was measured on (~0.1–0.3 µs on bare metal),
// so any run that writes new typed columns measured the hypervisor more than the code
// (docs/performance.md, finding 17). glibc's malloc asks the kernel for transparent huge pages
// when this tunable is set (the kernel here grants them on request: "madvise"); both sides of
// every ratio run in this one process. --small-pages measures without.
const HUGE_PAGES = 'glibc.malloc.hugetlb=1';
const smallPages = process.argv.includes('--small-pages');
const tunables = process.env.GLIBC_TUNABLES ?? '';
if (process.platform === 'linux' && !smallPages && !tunables.includes('glibc.malloc.hugetlb')) {
  const env = { ...process.env, GLIBC_TUNABLES: tunables ? `${tunables}:${HUGE_PAGES}` : HUGE_PAGES };
  const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { env, stdio: 'inherit' });
  process.exit(child.status ?? 2);
}

await bundle();
console.log('bench runner=esbuild-bundle'); // main's `memory-pages` line says which pages
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(outfile, { force: true }); // loaded by now; the run goes on from memory
}
