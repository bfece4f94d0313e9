import { Breakdown } from './breakdowns';
import { Concentration } from './concentration';
import { BLANK } from './context';
import { Kpis } from './kpis';
import { ProductRow } from './products';
import { readableCount as count, readableNumber as money, readablePercent as pct } from './readable';
import { SegmentSummaryRow } from './segment-summary';

export interface NarrativeInputs {
  kpis: Kpis;
  /** The main scheme's summary. */
  segments: readonly SegmentSummaryRow[];
  concentration: Concentration;
  categories: readonly ProductRow[] | null;
  breakdowns: readonly Breakdown[];
}

type Sentence = (x: NarrativeInputs) => string | null;

const counted = (n: number, noun: string) => `${count(n)} ${noun}${n === 1 ? '' : 's'}`;

const overview: Sentence = ({ kpis: k }) =>
  `${counted(k.customers, 'customer')} placed ${counted(k.orders, 'order')} worth ${money(k.revenue)}` +
  (k.aov === null ? '.' : `, ${money(k.aov)} per order on average.`);

/** The segment with the largest share of revenue. */
const topSegment: Sentence = ({ segments }) => {
  const best = segments.filter((s) => s.customers > 0 && s.revenueShare !== null).sort((a, b) => b.revenueShare! - a.revenueShare!)[0];
  return best ? `${best.segment} are ${pct(best.customerShare!)} of customers and ${pct(best.revenueShare!)} of revenue.` : null;
};

/** Only from 5 customers up: below that the top 20% is one customer, more than 20%. */
const concentration: Sentence = ({ kpis: k, concentration: c }) => {
  const top20 = c.topShares.find((s) => s.percent === 20);
  if (k.customers < 5 || !top20 || top20.revenueShare === null) return null;
  const for80 = c.customersFor80Share === null ? '' : `; ${pct(c.customersFor80Share)} of customers make 80% of it`;
  return `The top 20% of customers bring ${pct(top20.revenueShare)} of revenue${for80}.`;
};

const repeat: Sentence = ({ kpis: k }) => (k.repeatRate === null ? null : `${pct(k.repeatRate)} of customers ordered more than once.`);

const peak: Sentence = ({ kpis: k }) => {
  const { bestYear: best, worstYear: worst } = k;
  if (!best || !worst || best.year === worst.year) return null;
  return `Revenue peaked in ${best.year} at ${money(best.revenue)}; the lowest year was ${worst.year} at ${money(worst.revenue)}.`;
};

const returns: Sentence = ({ kpis: k }) => {
  if (k.returnRate === null) return null;
  if (k.returnedRevenue === 0 && k.returnRate === 0) return 'No order was returned.';
  const share = k.returnedRevenueShare === null ? '' : ` (${pct(k.returnedRevenueShare)} of gross sales)`;
  return `${pct(k.returnRate)} of orders were returned, worth ${money(k.returnedRevenue)}${share}.`;
};

const biggestCategory: Sentence = ({ categories }) => {
  const named = (categories ?? []).filter((c) => c.group !== BLANK);
  const top = named[0];
  if (named.length < 2 || top.revenueShare === null || top.revenue <= 0) return null;
  return `${top.group} is the biggest category with ${pct(top.revenueShare)} of revenue.`;
};

/** The first customer attribute with two or more known groups: which group brings the most revenue. */
const topGroup: Sentence = ({ breakdowns }) => {
  for (const b of breakdowns) {
    if (b.level !== 'customer') continue;
    const known = b.rows.filter((r) => r.group !== BLANK && r.customers > 0);
    if (known.length < 2) continue;
    const best = known.reduce((a, r) => (r.revenue > a.revenue ? r : a));
    if (best.revenueShare === null || best.customerShare === null) continue;
    return `By ${b.dimension}, ${best.group} brings the most revenue: ${pct(best.revenueShare)} from ${pct(best.customerShare)} of customers.`;
  }
  return null;
};

const SENTENCES: readonly Sentence[] = [overview, topSegment, concentration, peak, returns, biggestCategory, repeat, topGroup];

/** Plain sentences computed from the numbers: a sentence whose data is missing is left out (at most 8). */
export function narrative(inputs: NarrativeInputs): string[] {
  return SENTENCES.map((s) => s(inputs)).filter((s): s is string => s !== null);
}
