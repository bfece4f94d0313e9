/**
 * A set of (a, b) pairs of non-negative int32s, open addressing over typed arrays. The report's
 * distinct counts (orders or customers per group) kept such pairs as numbers in a Set: a boxed
 * double per pair, and the largest share of the whole report's time.
 */
export class PairSet {
  private first: Int32Array; // a + 1; 0 marks an empty slot
  private second: Int32Array;
  private size = 0;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.first = new Int32Array(capacity);
    this.second = new Int32Array(capacity);
  }

  /** Adds the pair; whether it was not there before. */
  add(a: number, b: number): boolean {
    const mask = this.first.length - 1;
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) & mask;
    for (;;) {
      const f = this.first[slot];
      if (f === 0) break;
      if (f === a + 1 && this.second[slot] === b) return false;
      slot = (slot + 1) & mask;
    }
    this.first[slot] = a + 1;
    this.second[slot] = b;
    if (++this.size * 2 > this.first.length) this.grow();
    return true;
  }

  private grow(): void {
    const { first, second } = this;
    this.first = new Int32Array(first.length * 2);
    this.second = new Int32Array(first.length * 2);
    this.size = 0;
    for (let s = 0; s < first.length; s++) if (first[s] !== 0) this.add(first[s] - 1, second[s]);
  }
}
