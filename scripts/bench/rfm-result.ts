/** The common shape of an RFM pipeline's outcome, and the check that implementations agree. */

export const TOP_N = 100;

export interface CustomerOutcome {
  id: number;
  recency: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
  segment: string;
  returnRate: number;
}

export interface RfmResult {
  /** Scored customers, ascending by id. */
  customers: CustomerOutcome[];
  /** Top customers by monetary, largest first, ties by id. */
  top: number[];
  overallReturnRate: number;
}

const EXACT: (keyof CustomerOutcome)[] = ['id', 'recency', 'frequency', 'monetary', 'r', 'f', 'm', 'segment'];

function sameRate(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12;
}

/** The first difference between two outcomes, or undefined when they agree. */
export function firstDifference(a: RfmResult, b: RfmResult): string | undefined {
  if (a.customers.length !== b.customers.length) return `customers ${a.customers.length} vs ${b.customers.length}`;
  for (let i = 0; i < a.customers.length; i++) {
    const x = a.customers[i];
    const y = b.customers[i];
    for (const key of EXACT) if (x[key] !== y[key]) return `customer #${i} ${key}: ${x[key]} vs ${y[key]} (id ${x.id} vs ${y.id})`;
    if (!sameRate(x.returnRate, y.returnRate)) return `customer ${x.id} returnRate: ${x.returnRate} vs ${y.returnRate}`;
  }
  if (a.top.join() !== b.top.join()) return `top-${TOP_N} differs: ${a.top.slice(0, 5)}… vs ${b.top.slice(0, 5)}…`;
  if (!sameRate(a.overallReturnRate, b.overallReturnRate)) return `overall return rate ${a.overallReturnRate} vs ${b.overallReturnRate}`;
  return undefined;
}
