/** Exit codes of the command line. */
export const EXIT = { ok: 0, failed: 1, badArguments: 2, unreadableInput: 3, unwritableOutput: 4 } as const;

/** A failure with a message for the user and the exit code it maps to. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
