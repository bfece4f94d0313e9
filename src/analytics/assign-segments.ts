import { CustomerTable } from './customer-table';
import { ResolvedOptions } from './options';
import { segmentsOf } from './rules';

/** Fills table.segments[scheme] for the main scheme and every other scheme the options ask for. */
export function assignSegments(table: CustomerTable, options: Pick<ResolvedOptions, 'scheme' | 'schemes' | 'ruleTables'>): void {
  for (const scheme of new Set([options.scheme, ...options.schemes])) table.segments[scheme] = segmentsOf(options.ruleTables[scheme], table);
}
