import { CustomerMetrics } from './customer-metrics';
import { CustomerTable } from './customer-table';
import { Id, compareIds } from './ids';
import { roundMoney } from './numbers';
import { percentRank } from './percent-rank';
import { stableOrder } from './stable-order';

const DAYS_PER_MONTH = 365.25 / 12;

function pick(source: Float64Array, keys: Int32Array): Float64Array {
  const out = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) out[i] = source[keys[i]];
  return out;
}

/** Keys of the customers with a purchase, ascending by id (compareIds). */
function keysInIdOrder(metrics: CustomerMetrics): Int32Array {
  const { ids, hasPurchase } = metrics;
  let n = 0;
  let numeric = true;
  for (let c = 0; c < ids.length; c++) {
    if (!hasPurchase[c]) continue;
    n++;
    if (typeof ids[c] !== 'number') numeric = false;
  }
  const scored = new Int32Array(n);
  for (let c = 0, j = 0; c < ids.length; c++) if (hasPurchase[c]) scored[j++] = c;
  if (!numeric) return scored.sort((a, b) => compareIds(ids[a], ids[b]));
  // Numeric ids (the common case) are distinct numbers: a typed sort gives compareIds' order.
  const values = new Float64Array(n);
  for (let j = 0; j < n; j++) values[j] = ids[scored[j]] as number;
  const order = stableOrder(values);
  for (let j = 0; j < n; j++) order[j] = scored[order[j]];
  return order;
}

/** roundMoney of each value (a loop: TypedArray.map calls back once per customer). */
function roundedMoney(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = roundMoney(values[i]);
  return out;
}

/**
 * PERCENT_RANK of four metrics, computed on first read: only percentile rules (the personas
 * scheme) need them, and they cost as much as the rest of the table.
 */
function lazyPercentiles(basis: CustomerTable['percentileBasis'], byRevenue: () => Int32Array): CustomerTable['percentile'] {
  const cache: Partial<CustomerTable['percentile']> = {};
  return {
    get recency() {
      return (cache.recency ??= percentRank(basis.recency));
    },
    get frequency() {
      return (cache.frequency ??= percentRank(basis.frequency));
    },
    get monetary() {
      return (cache.monetary ??= percentRank(basis.monetary, byRevenue()));
    },
    get aov() {
      return (cache.aov ??= percentRank(basis.aov));
    },
  };
}

/** The metrics the percentiles rank, AOV rounded on first read. */
function percentileBasis(recency: Float64Array, frequency: Float64Array, monetary: Float64Array, aov: Float64Array): CustomerTable['percentileBasis'] {
  let rounded: Float64Array | undefined;
  return {
    recency, frequency, monetary,
    get aov() {
      return (rounded ??= roundedMoney(aov));
    },
  };
}

/** The scored customers (those with a purchase) in id order, with derived metrics and percentiles; scores still zero. */
export function buildCustomerTable(metrics: CustomerMetrics, asOf: number): CustomerTable {
  const keys = keysInIdOrder(metrics);
  const n = keys.length;
  const indexOfKey = new Int32Array(metrics.ids.length).fill(-1);
  for (let i = 0; i < n; i++) indexOfKey[keys[i]] = i;

  const frequency = pick(metrics.frequency, keys);
  // Rounded to 6 decimals: the precision scores rank on, and free of summation-order noise.
  const monetary = pick(metrics.monetary, keys);
  for (let i = 0; i < n; i++) monetary[i] = roundMoney(monetary[i]);
  // Likewise the returned revenue, a sum of amounts too: else it depended on the rows' order.
  const returnedRevenue = pick(metrics.returnedRevenue, keys);
  for (let i = 0; i < n; i++) returnedRevenue[i] = roundMoney(returnedRevenue[i]);
  const first = pick(metrics.firstPurchaseDay, keys);
  const last = pick(metrics.lastPurchaseDay, keys);
  const recencyDays = pick(metrics.recencyDays, keys);
  const tenureDays = new Float64Array(n);
  const aov = new Float64Array(n);
  const ordersPerMonth = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    tenureDays[i] = last[i] - first[i];
    aov[i] = frequency[i] > 0 ? monetary[i] / frequency[i] : 0;
    ordersPerMonth[i] = frequency[i] / Math.max(1, (asOf - first[i]) / DAYS_PER_MONTH);
  }
  const ids: Id[] = new Array(n);
  for (let i = 0; i < n; i++) ids[i] = metrics.ids[keys[i]];
  let revenueOrder: Int32Array | undefined;
  const basis = percentileBasis(recencyDays, frequency, monetary, aov);
  const byRevenue = () => (revenueOrder ??= stableOrder(monetary, 'descending'));
  return {
    size: n,
    ids,
    keys,
    indexOfKey,
    recencyDays,
    frequency,
    monetary,
    firstPurchaseDay: first,
    lastPurchaseDay: last,
    tenureDays,
    aov,
    ordersPerMonth,
    returnRows: pick(metrics.returnRows, keys),
    returnedRevenue,
    r: new Uint8Array(n),
    f: new Uint8Array(n),
    m: new Uint8Array(n),
    byRevenue,
    percentile: lazyPercentiles(basis, byRevenue),
    percentileBasis: basis,
    segmentCodes: {},
    segments: {},
    attributes: {},
  };
}
