import type { ColumnMapping } from '../analytics/table';
import type { SourceChoice } from '../workbook/read-source';

export type SheetKey = 'dashboard' | 'customers' | 'breakdowns' | 'quality' | 'rules';

/** What the user chose in the pane, kept with the workbook (document settings) so a re-run is one click. */
export interface PaneOptions {
  scheme: string;
  method: string;
  bins: number;
  returns: 'net' | 'exclude';
  extraSchemes: string[];
  useSheetRules: boolean;
  asOf: string;
  sheets: SheetKey[];
  charts: boolean;
  /** Band edges as typed, e.g. "25, 35, 50, 65"; blank for the defaults. */
  ageBands: string;
  incomeBands: string;
  /** The data picked in the Data step; none: the table under the selection. */
  source?: SourceChoice;
  customersTable?: string;
  mapping: ColumnMapping;
}

export const ALL_SHEETS: SheetKey[] = ['dashboard', 'customers', 'breakdowns', 'quality', 'rules'];

export const DEFAULT_OPTIONS: PaneOptions = {
  scheme: 'rfm', method: 'ntile', bins: 5, returns: 'net', extraSchemes: [], useSheetRules: false, asOf: '',
  sheets: ALL_SHEETS, charts: true, ageBands: '', incomeBands: '', mapping: {},
};

const KEY = 'cxSegments.options';

export function loadOptions(): PaneOptions {
  try {
    const saved = typeof Office !== 'undefined' ? (Office.context?.document?.settings?.get(KEY) as Partial<PaneOptions> | null) : null;
    return { ...DEFAULT_OPTIONS, ...(saved ?? {}) };
  } catch {
    return DEFAULT_OPTIONS;
  }
}

export function saveOptions(options: PaneOptions): void {
  try {
    const settings = Office.context.document.settings;
    settings.set(KEY, options);
    settings.saveAsync();
  } catch {
    // Outside a document there is nothing to save into.
  }
}

/** Band edges typed by the user: numbers in increasing order, or an error naming the first bad part. */
export function parseBands(text: string, what: string): number[] | undefined {
  if (text.trim() === '') return undefined;
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  const edges = parts.map(Number);
  const bad = parts.find((p, i) => !Number.isFinite(edges[i]));
  if (bad !== undefined) throw new Error(`${what}: "${bad}" is not a number. Type edges such as 25, 35, 50, 65.`);
  if (edges.some((x, i) => i > 0 && x <= edges[i - 1])) throw new Error(`${what}: the edges must increase, as in 25, 35, 50, 65.`);
  return edges;
}
