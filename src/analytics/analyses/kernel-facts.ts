import { CustomerTable } from '../customer-table';
import { Transactions } from '../ingest';
import { scatteredOrders } from './order-runs';
import { COUNTED, FACT_SLOTS, FACT_TOTALS, KNOWN, RETURN, RowFacts, SCORED, grown, rowFactsOf } from './row-facts';

/**
 * The row facts (row-facts.ts's computeRowFacts) as lines of the one-pass kernel (group-kernel.ts):
 * the kernel then reads each row once for its facts and its groupings, rather than a pass writing
 * the facts and another reading them back. The lines do what computeRowFacts does, in the same row
 * order, so the facts are equal to the last bit (a property test compares them). They repeat it
 * on purpose: where a Content-Security-Policy forbids compiling code, computeRowFacts does the work.
 * A row's kind and order run stay in locals (kd, run): only the hand-written passes read them back.
 */

/** What the facts' lines read and fill, by the names the lines use. */
export interface FactsPass {
  args: Record<string, unknown>;
  hasStatus: boolean;
  hasProduct: boolean;
  hasQuantity: boolean;
  /** Whether `keyInfo` holds each customer's segment in its low byte, beside its index (see factsPass). */
  packedSegment: boolean;
  /** The facts, once the kernel has run and returned its rows outside runs. */
  facts: (outside: Int32Array) => RowFacts;
}

/**
 * `segment`, a segment per customer that a grouping totals revenue by: where the segments fit a byte,
 * each customer key's index and segment come packed in one word (`keyInfo`), so that the row's one
 * read at random of its customer brings both (a second read at random per row cost ~4 ms a million).
 */
export function factsPass(tx: Transactions, customers: CustomerTable, segment?: { index: Uint16Array; count: number }): FactsPass {
  const n = tx.rowCount;
  const status = tx.attributes.status?.kind === 'category' ? tx.attributes.status.codes : undefined;
  const product = tx.attributes.product?.kind === 'category' ? tx.attributes.product.codes : undefined;
  const quantity = tx.attributes.quantity?.kind === 'number' ? tx.attributes.quantity.values : undefined;
  const scattered = scatteredOrders(tx);
  const customerIndex = new Int32Array(n);
  const totals = new Float64Array(FACT_TOTALS);
  const packedSegment = !!segment && segment.count <= 256 && customers.size < 2 ** 23;
  const args = {
    customer: tx.customer, keyInfo: packedSegment ? packedKeyInfo(customers.indexOfKey, segment!.index) : customers.indexOfKey, isReturn: tx.isReturn, amount: tx.amount, order: tx.order, day: tx.day,
    statusCodes: status, productCodes: product, quantityValues: quantity, scattered,
    scatteredFlags: scattered.includes(1) ? new Uint8Array(tx.orderCount) : new Uint8Array(0),
    customerIndex, factTotals: totals,
    // Rows outside runs (no order id, a scattered order), hashed for copies after the pass: few in
    // the usual export, every row without an order column; the kernel grows the array and returns it.
    outside: new Int32Array(tx.hasOrders ? 1024 : n), grown,
  };
  return { args, hasStatus: !!status, hasProduct: !!product, hasQuantity: !!quantity, packedSegment, facts: (outside) => rowFactsOf(tx, customerIndex, totals, outside) };
}

/** Per customer key: its index in the table << 8 | its segment, or -1 when it is not scored. */
function packedKeyInfo(indexOfKey: Int32Array, segment: Uint16Array): Int32Array {
  const out = new Int32Array(indexOfKey.length);
  for (let c = 0; c < out.length; c++) out[c] = indexOfKey[c] < 0 ? -1 : (indexOfKey[c] << 8) | segment[indexOfKey[c]];
  return out;
}

/** The facts' running totals, declared before the loop. */
export const factsDeclarations = `let runOrder = -1, start = 0, runFlags = 0, outsideCount = 0;
let totalRevenue = 0, totalAmount = 0, firstPurchase = Infinity, lastPurchase = -Infinity, firstDay = Infinity, lastDay = -Infinity;
let knownOrders = 0, returnedOrders = 0, returnedRevenue = 0, grossSales = 0, negative = 0, zero = 0, copies = 0, negativeQuantities = 0;`;

/**
 * A row's facts, at the top of the loop: leaves `kd` (its kind), `run` (the first row of its
 * order's run; -1 for a scattered order, the row itself without an order id), `a` (its amount), `rowDay`,
 * `t` (its customer's index) and with packedSegment `seg` (its customer's segment), and goes to
 * the next row when the row has no customer.
 */
export function factsOfRow(p: Pick<FactsPass, 'hasStatus' | 'hasProduct' | 'packedSegment'>): string {
  return `const c = customer[i];
  if (c < 0) { customerIndex[i] = -1; runOrder = -1; continue; }
  ${p.packedSegment ? 'const info = keyInfo[c]; const t = info >> 8; const seg = info & 255;' : 'const t = keyInfo[c];'}
  const ret = isReturn[i];
  const a = amount[i];
  const o = order[i];
  const rowDay = day[i];
  const known = ${p.hasStatus ? 'statusCodes[i] >= 0' : 'true'};
  const kd = ${COUNTED} | (t >= 0 ? ${SCORED} : 0) | (ret ? ${RETURN} : 0) | (known ? ${KNOWN} : 0);
  customerIndex[i] = t;
  totalAmount += a;
  if (a < 0) negative++;
  else if (a === 0) zero++;
  if (!ret || a > 0) grossSales += a;
  let flags = 0;
  let run = i;
  if (o < 0 || scattered[o]) {
    runOrder = -1;
    if (outsideCount === outside.length) outside = grown(outside);
    outside[outsideCount++] = i;
    if (o >= 0) { run = -1; flags = scatteredFlags[o]; }
  } else {
    if (o !== runOrder) { runOrder = o; start = i; runFlags = 0; }
    run = start;
    flags = runFlags;
    ${p.hasProduct ? 'const rowProduct = productCodes[i];' : ''}
    // The amount first: an order's lines share its customer and day, and seldom an amount.
    for (let j = start; j < i; j++) {
      if (amount[j] === a && customer[j] === c && day[j] === rowDay${p.hasProduct ? ' && productCodes[j] === rowProduct' : ''}) { copies++; break; }
    }
  }
  if (known) {
    if (!(flags & 1)) knownOrders++;
    flags |= 1;
    if (ret) {
      returnedRevenue += Math.abs(a);
      if (!(flags & 2)) returnedOrders++;
      flags |= 2;
    }
    if (o >= 0 && scattered[o]) scatteredFlags[o] = flags;
    else runFlags = flags;
  }`;
}

/** A scored customer's row: its revenue `r`, its day and (a purchase row) its quantity in the totals. */
export function factsOfScoredRow(p: Pick<FactsPass, 'hasQuantity'>): string {
  return `totalRevenue += r;
  {
    if (rowDay < firstDay) firstDay = rowDay;
    if (rowDay > lastDay) lastDay = rowDay;
    if (!ret) {
      if (rowDay < firstPurchase) firstPurchase = rowDay;
      if (rowDay > lastPurchase) lastPurchase = rowDay;
      ${p.hasQuantity ? 'if (quantityValues[i] < 0) negativeQuantities++;' : ''}
    } }`;
}

/** After the loop: the totals into their slots, and the rows outside runs returned. */
export const factsEnd = `${FACT_SLOTS.map((name, k) => `factTotals[${k}] = ${name};`).join(' ')}
return outside;`;
