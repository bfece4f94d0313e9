import { CustomerTable, Id, compareIds, percentRank, roundMoney, stableOrder } from '../../../src/analytics';

export interface CustomerSpec {
  id: Id;
  recencyDays?: number;
  frequency?: number;
  monetary?: number;
  tenureDays?: number;
  ordersPerMonth?: number;
}

/** A CustomerTable built by hand (ids sorted as buildCustomerTable sorts them), scores still zero. */
export function customerTable(specs: CustomerSpec[]): CustomerTable {
  const rows = [...specs].sort((a, b) => compareIds(a.id, b.id));
  const n = rows.length;
  const col = (pick: (c: CustomerSpec) => number) => Float64Array.from(rows, pick);
  const frequency = col((c) => c.frequency ?? 1);
  const monetary = col((c) => roundMoney(c.monetary ?? 0));
  const recencyDays = col((c) => c.recencyDays ?? 0);
  const aov = monetary.map((m, i) => m / frequency[i]);
  return {
    size: n, ids: rows.map((c) => c.id), keys: Int32Array.from(rows, (_, i) => i), indexOfKey: Int32Array.from(rows, (_, i) => i),
    recencyDays, frequency, monetary, firstPurchaseDay: new Float64Array(n), lastPurchaseDay: new Float64Array(n),
    tenureDays: col((c) => c.tenureDays ?? 0), aov, ordersPerMonth: col((c) => c.ordersPerMonth ?? 0),
    returnRows: new Float64Array(n), returnedRevenue: new Float64Array(n),
    r: new Uint8Array(n), f: new Uint8Array(n), m: new Uint8Array(n),
    byRevenue: () => stableOrder(monetary, 'descending'),
    percentile: { recency: percentRank(recencyDays), frequency: percentRank(frequency), monetary: percentRank(monetary), aov: percentRank(aov.map(roundMoney)) },
    percentileBasis: { recency: recencyDays, frequency, monetary, aov: aov.map(roundMoney) },
    segmentCodes: {}, segments: {}, attributes: {},
  };
}

/** "id:RFM" per customer, e.g. "a:315". */
export const scoreStrings = (t: CustomerTable) => t.ids.map((id, i) => `${id}:${t.r[i]}${t.f[i]}${t.m[i]}`);

/** One metric's scores by id, e.g. { a: 1, b: 2 }. */
export const scoresOf = (t: CustomerTable, key: 'r' | 'f' | 'm') => Object.fromEntries(t.ids.map((id, i) => [id, t[key][i]]));
