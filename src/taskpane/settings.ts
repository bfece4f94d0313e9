/** What the user chose in the pane, kept with the workbook (document settings) so a re-run is one click. */
export interface PaneOptions {
  scheme: string;
  method: string;
  bins: number;
  returns: 'net' | 'exclude';
  extraSchemes: string[];
  useSheetRules: boolean;
  asOf: string;
}

export const DEFAULT_OPTIONS: PaneOptions = { scheme: 'rfm', method: 'ntile', bins: 5, returns: 'net', extraSchemes: [], useSheetRules: false, asOf: '' };

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
