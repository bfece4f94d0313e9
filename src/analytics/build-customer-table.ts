import { CustomerMetrics } from './customer-metrics';
import { CustomerTable } from './customer-table';
import { compareIds } from './ids';
import { roundMoney } from './numbers';
import { percentRank } from './percent-rank';

const DAYS_PER_MONTH = 365.25 / 12;

function pick(source: Float64Array, keys: Int32Array, map: (x: number) => number = (x) => x): Float64Array {
  const out = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) out[i] = map(source[keys[i]]);
  return out;
}

/** The scored customers (those with a purchase) in id order, with derived metrics and percentiles; scores still zero. */
export function buildCustomerTable(metrics: CustomerMetrics, asOf: number): CustomerTable {
  const all: number[] = [];
  for (let c = 0; c < metrics.ids.length; c++) if (metrics.hasPurchase[c]) all.push(c);
  all.sort((a, b) => compareIds(metrics.ids[a], metrics.ids[b]));
  const keys = Int32Array.from(all);
  const n = keys.length;
  const indexOfKey = new Int32Array(metrics.ids.length).fill(-1);
  keys.forEach((c, i) => (indexOfKey[c] = i));

  const frequency = pick(metrics.frequency, keys);
  // Rounded to 6 decimals: the precision scores rank on, and free of summation-order noise.
  const monetary = pick(metrics.monetary, keys, roundMoney);
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
  return {
    size: n,
    ids: all.map((c) => metrics.ids[c]),
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
    returnedRevenue: pick(metrics.returnedRevenue, keys),
    r: new Uint8Array(n),
    f: new Uint8Array(n),
    m: new Uint8Array(n),
    percentile: {
      recency: percentRank(recencyDays),
      frequency: percentRank(frequency),
      monetary: percentRank(monetary),
      aov: percentRank(aov.map(roundMoney)),
    },
    segments: {},
    attributes: {},
  };
}
