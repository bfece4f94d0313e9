/** Status words that mean the order came back, in any case and with any suffix (Returned, REFUNDED, Cancelled…). */
const RETURNED = /\b(return|returned|returns|refund|refunded|cancel|cancelled|canceled|cancellation)\b/i;

/** Whether a status value means "returned": the user's list when given (exact, case-insensitive), else the default words. */
export function isReturnedStatus(status: string, returnedValues?: readonly string[]): boolean {
  const s = status.trim();
  if (returnedValues && returnedValues.length > 0) {
    const lower = s.toLowerCase();
    return returnedValues.some((r) => r.trim().toLowerCase() === lower);
  }
  return RETURNED.test(s);
}
