import { CustomerTable } from './customer-table';
import { ResolvedOptions } from './options';
import { namesOfCodes, segmentCodesOf } from './rules';

/**
 * Fills table.segmentCodes[scheme] for the main scheme and every other scheme the options ask
 * for, and table.segments[scheme] as the names, made on first read: the report's analyses read
 * the codes, and a string stored per customer and scheme cost ~3 ms a scheme at 80,000 customers.
 */
export function assignSegments(table: CustomerTable, options: Pick<ResolvedOptions, 'scheme' | 'schemes' | 'ruleTables'>): void {
  for (const scheme of new Set([options.scheme, ...options.schemes])) {
    const rules = options.ruleTables[scheme];
    const codes = (table.segmentCodes[scheme] = segmentCodesOf(rules, table));
    let names: string[] | undefined;
    Object.defineProperty(table.segments, scheme, { enumerable: true, configurable: true, get: () => (names ??= namesOfCodes(codes, rules)) });
  }
}
