const compact = (x: number) => (Math.abs(x) >= 1000 && x % 1000 === 0 ? `${(x / 1000).toLocaleString('en-US')}k` : x.toLocaleString('en-US'));

/** Labels of the bands cut at `edges`: "<18", "18–24", …, "65+" for whole-number data such as age. */
export function bandLabels(edges: readonly number[], wholeNumbers: boolean): string[] {
  const labels = [`<${compact(edges[0])}`];
  for (let k = 1; k < edges.length; k++) {
    labels.push(wholeNumbers ? `${compact(edges[k - 1])}–${compact(edges[k] - 1)}` : `${compact(edges[k - 1])}–${compact(edges[k])}`);
  }
  labels.push(`${compact(edges[edges.length - 1])}+`);
  return labels;
}

/** The band of a value: 0 below the first edge, k from edge k−1 (inclusive) to edge k. */
export function bandOf(value: number, edges: readonly number[]): number {
  let k = 0;
  while (k < edges.length && value >= edges[k]) k++;
  return k;
}
