/** 25000 → "25k", 1500000 → "1.5M", 18 → "18". */
function compact(x: number): string {
  const a = Math.abs(x);
  if (a >= 1e6) return `${+(x / 1e6).toFixed(3)}M`;
  if (a >= 1e3) return `${+(x / 1e3).toFixed(3)}k`;
  return String(x);
}

/**
 * Labels of the bands that `edges` cut: "<18", "18–24", …, "65+". With whole numbers (ages) a
 * band shows its last whole value ("25–34" holds 25 ≤ x < 35); otherwise its upper edge
 * ("25k–50k" holds 25000 ≤ x < 50000).
 */
export function bandLabels(edges: readonly number[], wholeNumbers: boolean): string[] {
  const labels = [`<${compact(edges[0])}`];
  for (let k = 1; k < edges.length; k++) {
    const lo = edges[k - 1];
    const hi = edges[k];
    const last = wholeNumbers && Number.isInteger(lo) && Number.isInteger(hi) ? hi - 1 : hi;
    labels.push(last === lo ? compact(lo) : `${compact(lo)}–${compact(last)}`);
  }
  labels.push(`${compact(edges[edges.length - 1])}+`);
  return labels;
}

/** Band of a value: 0 below the first edge, k when edges[k−1] ≤ value < edges[k], edges.length from the last edge up. */
export function bandOf(value: number, edges: readonly number[]): number {
  let k = 0;
  while (k < edges.length && value >= edges[k]) k++;
  return k;
}
