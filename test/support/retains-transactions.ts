// Run by test/analytics/keep-context.test.ts as `node --expose-gc --import tsx`: whether an
// analysis lets go of the caller's transactions once it returns (analyze.ts keeps its last context).
import { analyzeTransactions, ingestTransactions, mapTable } from '../../src/analytics';

const rows = [['Customer', 'Order Date', 'Amount'], ['a', '2024-01-01', 10], ['b', '2024-01-02', 20], ['a', '2024-02-01', 5]];
let tx: ReturnType<typeof ingestTransactions> | undefined = ingestTransactions(mapTable(rows).columns);
const transactions = new WeakRef(tx);
const report = analyzeTransactions(tx);
tx = undefined;
// A WeakRef's target lives to the end of the job that made it: collect in a later task.
setTimeout(() => {
  (globalThis as { gc?: () => void }).gc!();
  console.log(JSON.stringify({ released: transactions.deref() === undefined, customers: report.customers.length }));
}, 0);
