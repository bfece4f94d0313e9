import { Report } from '../../analytics';
import { safeCell } from '../safe-cells';

/** The block of cells the segment columns sit beside: its first row is the header. */
export interface SourceBlock {
  values: readonly (readonly unknown[])[];
}

/** The columns the add-in always appends to the user's data. */
export const SEGMENT_COLUMNS = ['CX Segment', 'CX R', 'CX F', 'CX M'];

/** The add-in's column headers: the four above, then one segment column per extra scheme. */
export function segmentColumnNames(extraSchemes: readonly string[] = []): string[] {
  return [...SEGMENT_COLUMNS, ...extraSchemes.map((s) => `CX Segment (${s})`)];
}

/** Whether a header is one the add-in owns. */
export function isOwnedHeader(header: unknown): boolean {
  const h = String(header ?? '').trim();
  return SEGMENT_COLUMNS.includes(h) || /^CX Segment \(.+\)$/.test(h);
}

/** One customer's segment cells: segment, R, F, M, then each extra scheme's segment. */
export function customerSegmentCells(c: Report['customers'][number], extraSchemes: readonly string[] = []): (string | number | boolean)[] {
  return [safeCell(c.segment), c.r, c.f, c.m, ...extraSchemes.map((s) => safeCell(c.segments[s]))];
}

/** Segment, R, F, M (and each extra scheme's segment) for every data row, aligned with the rows ("" where not scored). */
export function segmentColumnCells(report: Report, extraSchemes: readonly string[] = []): (string | number | boolean)[][] {
  const blank = segmentColumnNames(extraSchemes).map(() => '');
  return Array.from(report.rowCustomer, (i) => (i < 0 ? blank : customerSegmentCells(report.customers[i], extraSchemes)));
}

/** Where each of the named columns already is in the source (column offset), or -1. */
export function ownedColumnOffsets(source: SourceBlock, names: readonly string[] = SEGMENT_COLUMNS): number[] {
  const headers = (source.values[0] ?? []).map((h) => String(h ?? '').trim());
  return names.map((name) => headers.indexOf(name));
}

/** The user's own columns of the source: those before the add-in's columns (all, before the first run). */
export function userColumnCount(source: SourceBlock): number {
  const headers = source.values[0] ?? [];
  const first = headers.findIndex(isOwnedHeader);
  return first >= 0 ? first : headers.length;
}
