/** What the add-in is doing, for the task pane's progress bar. */
export type Progress =
  | { step: 'reading'; block: number; blocks: number }
  | { step: 'computing' }
  | { step: 'writing'; sheet: string };

export type OnProgress = (p: Progress) => void;
