/** A number for a sentence: 48012345 → "48.0M", 415640 → "415.6K", 1346.6 → "1,346.6", 69 → "69". */
export function readableNumber(x: number): string {
  const a = Math.abs(x);
  if (a >= 1e9) return `${(x / 1e9).toFixed(1)}B`;
  if (a >= 1e6) return `${(x / 1e6).toFixed(1)}M`;
  if (a >= 1e4) return `${(x / 1e3).toFixed(1)}K`;
  return x.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A fraction as a percentage: whole percents, one decimal below 1% ("0.4%") so a small share does not read as 0%. */
export function readablePercent(x: number): string {
  const p = x * 100;
  if (p !== 0 && Math.abs(p) < 1) return `${p.toFixed(1)}%`;
  return `${Math.round(p)}%`;
}

/** A count with thousands separators. */
export function readableCount(n: number): string {
  return n.toLocaleString('en-US');
}
