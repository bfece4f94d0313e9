// Run by read-csv.test.ts in a fresh Node process (node --expose-gc --import tsx), so that what
// other test files leave in Jest's worker, and free later, cannot show up as the reader's memory.
// Prints the live heap before, during (every 40,000 rows) and after reading the CSV it is given.
import { readCsvFile } from '../../src/cli/read-csv';

const gc = (globalThis as unknown as { gc: () => void }).gc;
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};
const settle = () => new Promise((r) => setTimeout(r, 50));

async function probe(path: string) {
  const before = heap();
  const samples: { live: number; rows: number; bytes: number; totalBytes: number }[] = [];
  let cells: unknown[][] | undefined = await readCsvFile(path, (p) => samples.push({ live: p.rows % 40_000 === 0 ? heap() : 0, ...p }));
  await settle();
  const after = heap();
  const rows = cells.length;
  cells = undefined;
  await settle();
  return { before, after, released: heap(), rows, samples };
}

probe(process.argv[2]).then((r) => process.stdout.write(JSON.stringify(r)));
