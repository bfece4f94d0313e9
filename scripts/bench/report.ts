/** Printing the bench lines and keeping score of the issue-8 targets that were measured. */

export type Fields = Record<string, string | number | boolean>;

const missed: string[] = [];

function format(value: string | number | boolean): string {
  if (typeof value !== 'number') return String(value);
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(1) : value.toPrecision(3);
}

/** One line: `bench <stage> key=value …`. */
export function line(stage: string, fields: Fields): void {
  console.log(`bench ${stage} ${Object.entries(fields).map(([k, v]) => `${k}=${format(v)}`).join(' ')}`);
}

/**
 * Checks a measured value against an issue-8 target (`value >= limit` or `value <= limit`);
 * a miss is printed at once and makes the run exit non-zero. Returns the fields for the line.
 */
export function target(name: string, value: number, op: '>=' | '<=', limit: number): Fields {
  const met = op === '>=' ? value >= limit : value <= limit;
  if (!met) {
    missed.push(`${name}: ${format(value)} is not ${op} ${limit}`);
    console.log(`bench MISSED ${name}: ${format(value)} is not ${op} ${limit}`);
  }
  return { target: `${op}${limit}`, met };
}

export function failure(message: string): void {
  missed.push(message);
  console.log(`bench FAILED ${message}`);
}

/** Prints the summary and returns the exit code. */
export function summary(): number {
  if (missed.length === 0) {
    console.log('bench summary: every measured target met');
    return 0;
  }
  console.log(`bench summary: ${missed.length} target(s) missed or check(s) failed:`);
  for (const m of missed) console.log(`  - ${m}`);
  return 1;
}
