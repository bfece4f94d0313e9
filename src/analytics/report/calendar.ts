/** Excel serial day of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * Months since year 0 (year × 12 + month − 1) of an Excel serial day, by integer arithmetic
 * (H. Hinnant's civil-from-days) so that a million rows need no Date objects.
 */
export function monthOfSerial(serial: number): number {
  const z = Math.floor(serial) - UNIX_EPOCH_SERIAL + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

export function yearOfSerial(serial: number): number {
  return Math.floor(monthOfSerial(serial) / 12);
}

/** "2023-04" for a month index of monthOfSerial. */
export function monthLabel(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}
