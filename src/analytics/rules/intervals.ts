import { Bound, RuleField, SegmentRule, isScoreField } from './rule-table';

/** The values a rule lets through on one field: lo..hi, each end open or closed. */
export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

const PERCENTILE = /Percentile$/;

/** Every value a field can take: scores 1..bins, percentiles 0..100, metrics anything. */
function domain(field: RuleField, bins: number): Interval {
  if (isScoreField(field)) return { lo: 1, hi: bins, loOpen: false, hiOpen: false };
  if (PERCENTILE.test(field)) return { lo: 0, hi: 100, loOpen: false, hiOpen: false };
  return { lo: -Infinity, hi: Infinity, loOpen: true, hiOpen: true };
}

function narrow(iv: Interval, b: Bound): Interval {
  const out = { ...iv };
  if (b.min !== undefined && b.min > out.lo) Object.assign(out, { lo: b.min, loOpen: false });
  if (b.above !== undefined && b.above >= out.lo) Object.assign(out, { lo: b.above, loOpen: true });
  if (b.max !== undefined && b.max < out.hi) Object.assign(out, { hi: b.max, hiOpen: false });
  if (b.below !== undefined && b.below <= out.hi) Object.assign(out, { hi: b.below, hiOpen: true });
  return out;
}

/** Scores are whole numbers: 1.5..3 holds 2..3, and <4 is ≤3. */
function wholeNumbers(iv: Interval): Interval {
  const lo = iv.loOpen ? Math.floor(iv.lo) + 1 : Math.ceil(iv.lo);
  const hi = iv.hiOpen ? Math.ceil(iv.hi) - 1 : Math.floor(iv.hi);
  return { lo, hi, loOpen: false, hiOpen: false };
}

/** The interval a rule allows on a field (the whole domain when the rule leaves the field free). */
export function intervalOf(rule: SegmentRule, field: RuleField, bins: number): Interval {
  const b = rule.bounds[field];
  const iv = b ? narrow(domain(field, bins), b) : domain(field, bins);
  return isScoreField(field) ? wholeNumbers(iv) : iv;
}

export function isEmpty(iv: Interval): boolean {
  return iv.lo > iv.hi || (iv.lo === iv.hi && (iv.loOpen || iv.hiOpen));
}

export function intersect(a: Interval, b: Interval): Interval {
  const lo = a.lo > b.lo ? a : a.lo < b.lo ? b : { lo: a.lo, loOpen: a.loOpen || b.loOpen };
  const hi = a.hi < b.hi ? a : a.hi > b.hi ? b : { hi: a.hi, hiOpen: a.hiOpen || b.hiOpen };
  return { lo: lo.lo, loOpen: lo.loOpen, hi: hi.hi, hiOpen: hi.hiOpen };
}

/** Whether every value of `inner` is in `outer` (inner not empty). */
export function contains(outer: Interval, inner: Interval): boolean {
  const loOk = outer.lo < inner.lo || (outer.lo === inner.lo && (!outer.loOpen || inner.loOpen));
  const hiOk = outer.hi > inner.hi || (outer.hi === inner.hi && (!outer.hiOpen || inner.hiOpen));
  return loOk && hiOk;
}
