/** Table indices sorted worst first by `value`; the table is in id order and the sort is stable, so ties go by id. */
export function worstFirst(n: number, value: (i: number) => number, descending: boolean): Int32Array {
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort(descending ? (a, b) => value(b) - value(a) : (a, b) => value(a) - value(b));
  return Int32Array.from(order);
}
