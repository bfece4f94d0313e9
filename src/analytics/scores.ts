import { compareIds } from './ids';
import { CustomerMetrics } from './customer-metrics';
import { roundMoney } from './numbers';
import { ntileScores } from './ntile';

export type ScoringMethod = 'ntile';
export const SCORING_METHODS: readonly ScoringMethod[] = ['ntile'];

export interface RfmScores {
  /** Keys of the scored customers (those with a purchase), ascending by customer id. */
  scored: Int32Array;
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  bins: number;
}

/** Customer keys with a purchase, sorted by customer id so every later order is deterministic. */
export function scoredCustomers(metrics: CustomerMetrics): Int32Array {
  const keys: number[] = [];
  for (let c = 0; c < metrics.ids.length; c++) if (metrics.hasPurchase[c]) keys.push(c);
  keys.sort((a, b) => compareIds(metrics.ids[a], metrics.ids[b]));
  return Int32Array.from(keys);
}

/** Customers sorted worst first by `value` (ascending, or descending for recency), ties by id. */
function worstFirst(keys: Int32Array, value: (c: number) => number, descending: boolean): Int32Array {
  // keys are already in id order, and Array.prototype.sort is stable, so ties keep id order.
  const sorted = Array.from(keys);
  sorted.sort(descending ? (a, b) => value(b) - value(a) : (a, b) => value(a) - value(b));
  return Int32Array.from(sorted);
}

/** R, F and M scores 1..bins (higher is better) by SQL NTILE over customers ordered worst first. */
export function rfmScores(metrics: CustomerMetrics, bins = 5): RfmScores {
  const scored = scoredCustomers(metrics);
  const k = metrics.ids.length;
  const r = new Uint8Array(k);
  const f = new Uint8Array(k);
  const m = new Uint8Array(k);
  ntileScores(worstFirst(scored, (c) => metrics.recencyDays[c], true), bins, r);
  ntileScores(worstFirst(scored, (c) => metrics.frequency[c], false), bins, f);
  ntileScores(worstFirst(scored, (c) => roundMoney(metrics.monetary[c]), false), bins, m);
  return { scored, r, f, m, bins };
}
