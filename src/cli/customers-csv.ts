import { CustomerRow } from '../analytics';

export const CUSTOMERS_CSV_HEADER = ['customer_id', 'recency_days', 'frequency', 'monetary', 'r_score', 'f_score', 'm_score', 'segment'];

function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Money at 6 decimals, the precision scores are ranked on, without float noise. */
function money(x: number): string {
  return String(Math.round(x * 1e6) / 1e6);
}

/** One line per scored customer, ascending by id: the main segment, then one column per scheme (segment_rfm, …). */
export function customersCsv(customers: readonly CustomerRow[], schemes: readonly string[]): string {
  const lines = [[...CUSTOMERS_CSV_HEADER, ...schemes.map((s) => `segment_${s}`)].map(csvField).join(',')];
  for (const c of customers) {
    const row = [c.customer, c.recencyDays, c.frequency, money(c.monetary), c.r, c.f, c.m, c.segment, ...schemes.map((s) => c.segments[s])];
    lines.push(row.map(csvField).join(','));
  }
  return lines.join('\n') + '\n';
}
