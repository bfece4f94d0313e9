import { Transactions } from '../ingest';

/** Whether rows i and j are copies: equal in customer, day, amount, order and product (data quality's duplicate rows). */
export type SameRow = (i: number, j: number) => boolean;

const productCodes = (tx: Transactions) => (tx.attributes.product?.kind === 'category' ? tx.attributes.product.codes : undefined);

export function sameRow(tx: Transactions): SameRow {
  const { customer, day, amount, order } = tx;
  const product = productCodes(tx);
  return (i, j) =>
    customer[i] === customer[j] && day[i] === day[j] && amount[i] === amount[j] && order[i] === order[j] && (!product || product[i] === product[j]);
}

/** Copies among the given rows, hashed on the compared fields into a table of row numbers. */
export function hashedCopies(rows: Int32Array, tx: Transactions, same: SameRow): number {
  const { customer, day, amount, order } = tx;
  const product = productCodes(tx);
  let capacity = 16;
  while (capacity < rows.length * 2) capacity *= 2;
  const slots = new Int32Array(capacity); // row + 1; 0 marks an empty slot
  const mask = capacity - 1;
  const bits = new Float64Array(2);
  const words = new Uint32Array(bits.buffer);
  let dup = 0;
  for (const i of rows) {
    bits[0] = day[i] + 0; // −0 hashes as 0, as it compares
    bits[1] = amount[i] + 0;
    let h = Math.imul(customer[i], 0x9e3779b1) ^ Math.imul(order[i], 0x85ebca6b) ^ (product ? Math.imul(product[i], 0xc2b2ae35) : 0);
    h = Math.imul(h ^ words[0] ^ Math.imul(words[1], 0x27d4eb2f), 0x165667b1) ^ Math.imul(words[2] ^ Math.imul(words[3], 0x9e3779b1), 0x85ebca6b);
    let slot = (h ^ (h >>> 15)) & mask;
    let found = false;
    for (let s = slots[slot]; s !== 0; s = slots[slot]) {
      if (same(s - 1, i)) {
        found = true;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (found) dup++;
    else slots[slot] = i + 1;
  }
  return dup;
}
