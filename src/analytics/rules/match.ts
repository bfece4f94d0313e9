import { CustomerTable } from '../customer-table';
import { segmentNames } from '../rule-tables';
import { Bound, FieldValues, RuleField, RuleTable, SegmentRule, ruleFields } from './rule-table';
import { valueLimits } from './percentile-bounds';
import { smallestOf } from '../order-statistics';
import { hasNaN } from '../stable-order';

export function inBound(v: number, b: Bound): boolean {
  return inLimits(v, limit(b.min), limit(b.max), limit(b.above), limit(b.below));
}

/** A bound's limit, NaN where it sets none (bounds are finite numbers, checked). */
const limit = (x: number | undefined) => (x === undefined ? NaN : x);

/** inBound with all four limits given, NaN (x !== x) for a limit the bound does not set. */
function inLimits(v: number, min: number, max: number, above: number, below: number): boolean {
  return (min !== min || v >= min) && (max !== max || v <= max) && (above !== above || v > above) && (below !== below || v < below);
}

/** Whether every bound of the rule holds; a field the values lack fails its bound. */
export function matchesRule(rule: SegmentRule, values: FieldValues): boolean {
  for (const field in rule.bounds) {
    const v = values[field as RuleField];
    if (v === undefined || !inBound(v, rule.bounds[field as RuleField]!)) return false;
  }
  return true;
}

/** The first matching rule's segment, else the fallback. */
export function segmentOf(table: RuleTable, values: FieldValues): string {
  for (const rule of table.rules) if (matchesRule(rule, values)) return rule.segment;
  return table.fallback;
}

/** The value of a rule field for customer i of the table. */
export function fieldValue(table: CustomerTable, field: RuleField, i: number): number {
  switch (field) {
    case 'r': return table.r[i];
    case 'f': return table.f[i];
    case 'm': return table.m[i];
    case 'recencyPercentile': return table.percentile.recency[i];
    case 'frequencyPercentile': return table.percentile.frequency[i];
    case 'monetaryPercentile': return table.percentile.monetary[i];
    case 'aovPercentile': return table.percentile.aov[i];
    default: return table[field][i];
  }
}

/** The column of a rule field for the whole table. */
function fieldColumn(table: CustomerTable, field: RuleField): ArrayLike<number> {
  switch (field) {
    case 'r': return table.r;
    case 'f': return table.f;
    case 'm': return table.m;
    case 'recencyPercentile': return table.percentile.recency;
    case 'frequencyPercentile': return table.percentile.frequency;
    case 'monetaryPercentile': return table.percentile.monetary;
    case 'aovPercentile': return table.percentile.aov;
    default: return table[field];
  }
}

/** Code (index into segmentNames) of each rule's segment, and of the fallback. */
function ruleCodes(rules: RuleTable): { codes: number[]; fallback: number } {
  const index = new Map(segmentNames(rules).map((n, k) => [n, k]));
  return { codes: rules.rules.map((r) => index.get(r.segment)!), fallback: index.get(rules.fallback)! };
}

/**
 * Score-only rule tables: scores are small integers, so each (r, f, m) combination is matched
 * once and looked up for every customer with it.
 */
function codesByScores(rules: RuleTable, table: CustomerTable, fields: RuleField[]): Uint16Array {
  let top = 0;
  for (let i = 0; i < table.size; i++) top = Math.max(top, table.r[i], table.f[i], table.m[i]);
  const s = top + 1;
  const memo = new Int32Array(s * s * s).fill(-1);
  const { codes, fallback } = ruleCodes(rules);
  const values: FieldValues = {};
  const out = new Uint16Array(table.size);
  for (let i = 0; i < table.size; i++) {
    const key = (table.r[i] * s + table.f[i]) * s + table.m[i];
    let code = memo[key];
    if (code < 0) {
      for (const f of fields) values[f] = fieldValue(table, f, i);
      const k = rules.rules.findIndex((rule) => matchesRule(rule, values));
      code = memo[key] = k < 0 ? fallback : codes[k];
    }
    out[i] = code;
  }
  return out;
}

/** One bound of a rule, read as a check on a column: all four limits, NaN where it sets none. */
interface Check {
  column: ArrayLike<number>;
  min: number;
  max: number;
  above: number;
  below: number;
}

const PERCENTILE_BASIS: Partial<Record<RuleField, keyof CustomerTable['percentileBasis']>> = {
  recencyPercentile: 'recency', frequencyPercentile: 'frequency', monetaryPercentile: 'monetary', aovPercentile: 'aov',
};

/**
 * A percentile bound as a check on the values it ranks (percentile-bounds.ts), where that is exact:
 * two values or more, none NaN. Else (undefined) the check reads the percentile column. Monetary's
 * order statistics come from the table's order by revenue, which the report sorts anyway.
 */
function percentileCheck(table: CustomerTable, field: RuleField, bound: Bound, statistics: Map<string, ((k: number) => number) | null>): Check | 'never' | undefined {
  const name = PERCENTILE_BASIS[field];
  if (!name || table.size < 2) return undefined;
  const basis = table.percentileBasis[name];
  let smallest = statistics.get(name);
  if (smallest === undefined) statistics.set(name, (smallest = hasNaN(basis) ? null : smallestOf(basis, name === 'monetary' ? table.byRevenue : undefined)));
  if (!smallest) return undefined;
  const limits = valueLimits(bound, table.size, smallest);
  return limits.never ? 'never' : { column: basis, min: NaN, max: limits.max, above: limits.above, below: NaN };
}

/**
 * The segment of every customer of the table under one rule table, as its index into
 * segmentNames(rules): a string per customer and scheme cost more to store than to match.
 */
export function segmentCodesOf(rules: RuleTable, table: CustomerTable): Uint16Array {
  const fields = [...new Set(rules.rules.flatMap(ruleFields))];
  if (fields.every((f) => f === 'r' || f === 'f' || f === 'm')) return codesByScores(rules, table, fields);
  // Each rule as checks on columns, read once: a FieldValues object per customer and a for-in
  // over each rule's bounds took as long as the percentiles the rules read. Every check has all
  // four limits, NaN where the rule has none: bounds of different shapes made each read of a
  // limit a lookup by name. A rule that no customer can pass is left out.
  const { codes, fallback } = ruleCodes(rules);
  const statistics = new Map<string, ((k: number) => number) | null>();
  const checks: Check[][] = [];
  const checkCodes: number[] = [];
  rules.rules.forEach((rule, k) => {
    const own: Check[] = [];
    for (const [f, b] of Object.entries(rule.bounds) as [RuleField, Bound][]) {
      const check = percentileCheck(table, f, b, statistics) ?? { column: fieldColumn(table, f), min: limit(b.min), max: limit(b.max), above: limit(b.above), below: limit(b.below) };
      if (check === 'never') return;
      own.push(check);
    }
    checks.push(own);
    checkCodes.push(codes[k]);
  });
  // Rules last to first, each overwriting the customers it holds for, so the first that holds wins.
  const out = new Uint16Array(table.size).fill(fallback);
  for (let k = checks.length - 1; k >= 0; k--) {
    const holds = holdsEvery(checks[k], table.size);
    const code = checkCodes[k];
    for (let i = 0; i < out.length; i++) out[i] += (code - out[i]) * holds[i];
  }
  return out;
}

/**
 * Per customer, 1 where every check holds: a loop per limit a check sets, with no branch per
 * customer. Matching customer by customer branched on each limit and each rule's outcome, which
 * the data makes unpredictable near a percentile's cut: the personas scheme at ~79,000 customers
 * took 6.0 ms with it, 4.65 ms so. A NaN value fails every limit set, as in inLimits.
 */
function holdsEvery(rule: Check[], n: number): Uint8Array {
  const holds = new Uint8Array(n).fill(1);
  for (const { column, min, max, above, below } of rule) {
    if (min === min) for (let i = 0; i < n; i++) holds[i] &= +(column[i] >= min);
    if (max === max) for (let i = 0; i < n; i++) holds[i] &= +(column[i] <= max);
    if (above === above) for (let i = 0; i < n; i++) holds[i] &= +(column[i] > above);
    if (below === below) for (let i = 0; i < n; i++) holds[i] &= +(column[i] < below);
  }
  return holds;
}

/** Segment names of codes made by segmentCodesOf under the same rule table. */
export function namesOfCodes(codes: Uint16Array, rules: RuleTable): string[] {
  const names = segmentNames(rules);
  const out = new Array<string>(codes.length).fill('');
  for (let i = 0; i < codes.length; i++) out[i] = names[codes[i]];
  return out;
}

/** The segment of every customer of the table under one rule table. */
export function segmentsOf(rules: RuleTable, table: CustomerTable): string[] {
  return namesOfCodes(segmentCodesOf(rules, table), rules);
}
