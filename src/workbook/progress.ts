/** What the add-in is doing, for the task pane's progress bar. */
export type Progress =
  | { step: 'reading'; block: number; blocks: number }
  | { step: 'computing' }
  /** Writing sheet `part` of `parts` (the segment columns beside the data are the last part). */
  | { step: 'writing'; sheet: string; part?: number; parts?: number }
  | { step: 'cancelling' };

export type OnProgress = (p: Progress) => void;
