import { roundMoney } from '../numbers';
import { AnalysisContext, ratio, sum } from './context';
import { customersByRevenue } from './customer-rank';

export const TOP_PERCENTS: readonly number[] = [1, 5, 10, 20];
export const PARETO_POINTS = 200;

export interface TopShare {
  percent: number;
  /** ⌈percent% × customers⌉. */
  customers: number;
  revenueShare: number | null;
}

export interface ParetoPoint {
  /** rank / customers. */
  customerShare: number;
  /** Revenue of the top `rank` customers / all revenue. */
  revenueShare: number;
}

export interface Concentration {
  topShares: TopShare[];
  /** Fewest top customers whose revenue reaches 80% of the total (null when the total is not positive). */
  customersFor80: number | null;
  customersFor80Share: number | null;
  /** Gini of customer revenue, negative revenue counted as 0; null when nothing is positive. */
  gini: number | null;
  /** From (0, 0) to (1, share of all), at most 200 points, evenly spaced by rank. */
  pareto: ParetoPoint[];
}

/** Running revenue of the top k customers, k = 0..n. */
function cumulativeRevenue(monetary: Float64Array, order: Int32Array): Float64Array {
  const cum = new Float64Array(order.length + 1);
  for (let k = 0; k < order.length; k++) cum[k + 1] = cum[k] + monetary[order[k]];
  return cum;
}

/** G = Σ (2i − n − 1)·x(i) / (n · Σx) over x ascending, i from 1. */
export function gini(values: Float64Array): number | null {
  const n = values.length;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = Math.max(0, values[i]);
  x.sort();
  const total = sum(x);
  if (total <= 0) return null;
  let weighted = 0;
  for (let i = 0; i < n; i++) weighted += (2 * (i + 1) - n - 1) * x[i];
  return weighted / (n * total);
}

function topShares(cum: Float64Array, total: number): TopShare[] {
  const n = cum.length - 1;
  // Integer arithmetic: 10% of 30 must be 3 customers, not ⌈3.0000000000000004⌉.
  return TOP_PERCENTS.map((percent) => {
    const k = Math.min(n, Math.ceil((percent * n) / 100));
    return { percent, customers: k, revenueShare: ratio(cum[k], total) };
  });
}

function customersFor(fraction: number, cum: Float64Array, total: number): number | null {
  if (total <= 0) return null;
  const target = roundMoney(fraction * total);
  for (let k = 1; k < cum.length; k++) if (roundMoney(cum[k]) >= target) return k;
  return cum.length - 1;
}

function pareto(cum: Float64Array, total: number): ParetoPoint[] {
  const n = cum.length - 1;
  if (n === 0 || total === 0) return [];
  const steps = Math.min(n, PARETO_POINTS - 1);
  return Array.from({ length: steps + 1 }, (_, j) => {
    const k = Math.round((j * n) / steps);
    return { customerShare: k / n, revenueShare: cum[k] / total };
  });
}

/** How concentrated revenue is: top 1/5/10/20% shares, customers for 80%, Gini, Pareto curve. */
export function revenueConcentration(ctx: AnalysisContext): Concentration {
  const t = ctx.customers;
  const cum = cumulativeRevenue(t.monetary, customersByRevenue(ctx));
  const total = cum[cum.length - 1];
  const for80 = customersFor(0.8, cum, total);
  return {
    topShares: topShares(cum, total),
    customersFor80: for80,
    customersFor80Share: for80 === null ? null : ratio(for80, t.size),
    gini: gini(t.monetary),
    pareto: pareto(cum, total),
  };
}
