import { CustomerTable } from './customer-table';
import { ResolvedOptions } from './options';
import { segmentsOf } from './segments';

/** Fills table.segments for every scheme the options ask for. */
export function assignSegments(table: CustomerTable, options: ResolvedOptions): void {
  for (const scheme of options.schemes) table.segments[scheme] = segmentsOf(options.ruleTables[scheme], table);
}
