import fc from 'fast-check';
import { CellValue, ingestTransactions, mapTable } from '../../../src/analytics';
import { MAX_RUN, scatteredOrders } from '../../../src/analytics/analyses/order-runs';

const HEADER = ['customer', 'order', 'date', 'amount'];

/** The orders scatteredOrders flags, by order id. */
function flagged(rows: CellValue[][]): string[] {
  const tx = ingestTransactions(mapTable([HEADER, ...rows]).columns);
  const ids: string[] = [];
  for (let i = 0; i < tx.rowCount; i++) if (tx.order[i] >= 0) ids[tx.order[i]] = String(rows[i][1]);
  const out = scatteredOrders(tx);
  return ids.filter((_, k) => out[k] === 1).sort();
}

/** The definition, with a Set of the orders seen: an order is scattered when it comes back after its run ended, or its run is too long. */
function reference(rows: CellValue[][]): string[] {
  const seen = new Set<string>();
  const out = new Set<string>();
  let current: string | undefined;
  let length = 0;
  for (const [customer, order] of rows) {
    if (customer === '' || order === '') {
      current = undefined;
      continue;
    }
    const o = String(order);
    if (o === current) {
      if (++length > MAX_RUN) out.add(o);
    } else {
      if (seen.has(o)) out.add(o);
      seen.add(o);
      current = o;
      length = 1;
    }
  }
  return [...out].sort();
}

describe('scatteredOrders', () => {
  it('flags an order that comes back after another, one broken by a row without a customer, and one longer than a run', () => {
    const rows: CellValue[][] = [
      ['c1', 'a', 45000, 1], ['c1', 'a', 45000, 2], ['c2', 'b', 45001, 3], ['c1', 'a', 45000, 4], // a comes back
      ['c3', 'c', 45002, 5], ['', 'c', 45002, 6], ['c3', 'c', 45002, 7], // c broken by a row without a customer
      ['c4', 'd', 45003, 8], ['c4', '', 45003, 9], ['c4', 'e', 45003, 10],
      ...Array.from({ length: MAX_RUN + 1 }, (): CellValue[] => ['c5', 'long', 45004, 1]),
    ];
    expect(flagged(rows)).toEqual(['a', 'c', 'long']);
  });

  it('agrees with a Set of the orders seen on random rows', () => {
    const row = fc.tuple(fc.constantFrom('c1', 'c2', ''), fc.constantFrom('o1', 'o2', 'o3', 'o4', ''));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 80 }), (drawn) => {
        const rows: CellValue[][] = drawn.map(([c, o], i) => [c, o, 45000 + i, 10]);
        expect(flagged(rows)).toEqual(reference(rows));
      }),
    );
  });
});
