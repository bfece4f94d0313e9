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
  // Ingest tells them as it numbers the orders (ingest-rows.ts), where the keys are at hand.
  const out = new Uint8Array(tx.orderCount);
  for (const o of tx.scatteredOrders) out[o] = 1;
  return out;
}
