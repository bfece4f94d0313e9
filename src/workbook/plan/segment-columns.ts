import { Report } from '../../analytics';
import { safeCell } from '../safe-cells';

/** The block of cells the segment columns sit beside: its first row is the header. */
export interface SourceBlock {
  values: readonly (readonly unknown[])[];
}

/** The columns the add-in appends to the user's data; it owns exactly these headers. */
export const SEGMENT_COLUMNS = ['CX Segment', 'CX R', 'CX F', 'CX M'];

/** Segment, R, F and M for every data row, aligned with the source rows ("" where the row was not scored). */
export function segmentColumnCells(report: Report): (string | number | boolean)[][] {
  return Array.from(report.rowCustomer, (i) => {
    if (i < 0) return ['', '', '', ''];
    const c = report.customers[i];
    return [safeCell(c.segment), c.r, c.f, c.m];
  });
}

/** Where each owned column already is in the source (column offset), or -1. */
export function ownedColumnOffsets(source: SourceBlock): number[] {
  const headers = (source.values[0] ?? []).map((h) => String(h ?? '').trim());
  return SEGMENT_COLUMNS.map((name) => headers.indexOf(name));
}

/** The user's own columns of the source: those before the add-in's segment columns (all, before the first run). */
export function userColumnCount(source: SourceBlock): number {
  const offsets = ownedColumnOffsets(source).filter((o) => o >= 0);
  return offsets.length ? Math.min(...offsets) : (source.values[0]?.length ?? 0);
}
