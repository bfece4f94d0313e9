/**
 * A stand-in for the CustomFunctions global that Excel's runtime provides, shaped like
 * @types/custom-functions-runtime: Error(code, message) and the ErrorCode values Excel shows.
 */
export const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = 'CustomFunctions.Error';
  }
}

export function installCustomFunctions(target: Record<string, unknown> = globalThis as never): void {
  target.CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode,
    associate: () => undefined,
  };
}

/** Calls a custom function and returns the CustomFunctions.Error it throws (failing when it throws none). */
export function errorOf(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected an error');
}
