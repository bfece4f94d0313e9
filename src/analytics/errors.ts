/**
 * A problem with the user's input, with a message meant for the user.
 * `kind` lets callers map it: "argument" (a bad argument or mapping) or "no-data" (nothing to score).
 */
export class AnalysisError extends Error {
  constructor(
    message: string,
    readonly kind: 'argument' | 'no-data' = 'argument',
  ) {
    super(message);
    this.name = 'AnalysisError';
  }
}
