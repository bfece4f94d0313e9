import { DimensionColumn } from '../dimensions';
import { Transactions } from '../ingest';

const f64 = new Float64Array(1);
const bits = new Uint32Array(f64.buffer);

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1);
  return h ^ (h >>> 15);
}

function sameRow(tx: Transactions, product: Int32Array | undefined, a: number, b: number): boolean {
  return tx.customer[a] === tx.customer[b] && tx.day[a] === tx.day[b] && tx.amount[a] === tx.amount[b] &&
    tx.order[a] === tx.order[b] && (!product || product[a] === product[b]);
}

/**
 * Used rows identical to an earlier used row in customer, date, amount, order id (or the lack
 * of one) and product (when mapped): every copy after the first counts. Open addressing over
 * row numbers, so a million rows need no key strings.
 */
export function duplicateRows(tx: Transactions): number {
  const product = (tx.attributes.product as DimensionColumn | undefined)?.codes;
  let size = 2;
  while (size < 2 * tx.quality.usedRows) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  let duplicates = 0;
  for (let i = 0; i < tx.rowCount; i++) {
    if (tx.customer[i] < 0) continue;
    f64[0] = tx.amount[i] + 0; // -0 and 0 are the same amount
    let h = mix(mix(mix(0x2545f491, tx.customer[i]), tx.day[i] | 0), bits[0]);
    h = mix(mix(mix(h, bits[1]), tx.order[i]), product ? product[i] : -1);
    for (let j = h & mask; ; j = (j + 1) & mask) {
      if (slots[j] < 0) {
        slots[j] = i;
        break;
      }
      if (sameRow(tx, product, slots[j], i)) {
        duplicates++;
        break;
      }
    }
  }
  return duplicates;
}
