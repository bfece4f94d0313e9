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

/** One line per scored customer, ascending by id. */
export function customersCsv(customers: readonly CustomerRow[]): string {
  const lines = [CUSTOMERS_CSV_HEADER.join(',')];
  for (const c of customers) {
    lines.push([c.customer, c.recencyDays, c.frequency, money(c.monetary), c.r, c.f, c.m, c.segment].map(csvField).join(','));
  }
  return lines.join('\n') + '\n';
}
