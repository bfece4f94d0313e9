// Launches the benchmark as the add-in ships: bundled into one module (webpack concatenates the
// add-in's modules the same way), so calls between src/analytics files are direct. Run through
// tsx instead, each imported function is a CommonJS re-export getter, which cost ~20% of ingest
// (docs/performance.md). esbuild is the one tsx itself runs on.
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

await bundle();
console.log('bench runner=esbuild-bundle');
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(outfile, { force: true }); // loaded by now; the run goes on from memory
}
