import { CustomerTable } from './customer-table';
import { ResolvedOptions } from './options';
import { BUILT_IN_SCHEMES } from './rule-tables';
import { segmentOf } from './segments';

/** Fills table.segments for every scheme the report needs (for now the chosen one). */
export function assignSegments(table: CustomerTable, options: ResolvedOptions): void {
  const rules = BUILT_IN_SCHEMES[options.scheme];
  table.segments[options.scheme] = Array.from({ length: table.size }, (_, i) =>
    segmentOf(rules, { r: table.r[i], f: table.f[i], m: table.m[i] }),
  );
}
