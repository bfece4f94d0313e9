import { Transactions } from '../ingest';

/** Most rows an order may have in one run and still be settled among its own rows. */
export const MAX_RUN = 32;

/**
 * 1 for each order whose rows are not one run of adjacent rows (or more than MAX_RUN rows).
 * Order lines come together in real exports, so every question about an order (is this
 * (order, group) pair new? is this row a copy of an earlier one?) is answered among the few rows
 * of its run; only the scattered orders need a table over all orders. Rows without a customer
 * are not part of any run.
 */
export function scatteredOrders(tx: Transactions): Uint8Array {
  const { order } = tx;
  const out = new Uint8Array(tx.orderCount);
  let newest = -1; // keys come in order of first appearance: a key up to this one was seen before
  let current = -1;
  let length = 0;
  for (let i = 0; i < order.length; i++) {
    const o = order[i]; // -1 also on every row without a customer (ingest leaves their order out)
    if (o < 0) {
      current = -1;
    } else if (o === current) {
      if (++length > MAX_RUN) out[o] = 1;
    } else {
      if (o <= newest) out[o] = 1;
      else newest = o;
      current = o;
      length = 1;
    }
  }
  return out;
}
