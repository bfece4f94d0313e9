/** The user pressed Cancel: the run stopped and put the workbook back as it was. */
export class RunCancelledError extends Error {
  constructor() {
    super('Cancelled: the workbook is as it was before you clicked Analyze.');
    this.name = 'RunCancelledError';
  }
}

/** Throws when the run was cancelled; called between blocks, so Cancel takes effect within one block. */
export function throwIfCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new RunCancelledError();
}
