import type { WorkerReply, WorkerRequest } from '../../src/taskpane/worker-messages';
import { analyzeTable } from '../../src/analytics';

/** The worker's script run in this process: `self` stands in for the worker's global scope. */
function worker(): { send: (m: WorkerRequest) => void; replies: WorkerReply[] } {
  const replies: WorkerReply[] = [];
  const scope = { postMessage: (m: WorkerReply) => replies.push(m), onmessage: undefined as unknown as (e: { data: WorkerRequest }) => void };
  (globalThis as unknown as { self: typeof scope }).self = scope;
  jest.isolateModules(() => require('../../src/taskpane/analyze.worker'));
  return { send: (m) => scope.onmessage({ data: m }), replies };
}

const rows = [
  ['Customer', 'Order', 'Order Date', 'Amount'],
  ['a', 'O1', '2024-01-05', 120], ['b', 'O2', '2024-02-01', 30], ['a', 'O3', '2024-03-09', 80],
  ['c', 'O4', '2024-03-10', 5], ['d', 'O5', '2024-03-11', 400], ['b', 'O6', '2024-03-12', 60],
];

describe('the analysis worker', () => {
  it("sends the report's per-customer columns, which a spread of the report leaves out", () => {
    const { send, replies } = worker();
    send({ type: 'rows', rows });
    send({ type: 'analyze', options: {}, inputs: {} });
    const expected = analyzeTable(rows);
    const last = replies[replies.length - 1];
    if (last.type !== 'report') throw new Error(`expected the report last, got ${last.type}`);
    expect(last.report.customerSegmentCodes).toEqual(expected.customerSegmentCodes);
    expect(last.report.segmentNames).toEqual(expected.segmentNames);
    expect(last.report.customerScores).toEqual(expected.customerScores);
    expect(Array.from(last.report.rowCustomer)).toEqual(Array.from(expected.rowCustomer));
    expect(replies.filter((r) => r.type === 'customers').flatMap((r) => (r.type === 'customers' ? r.customers : []))).toEqual(expected.customers);
  });
});
