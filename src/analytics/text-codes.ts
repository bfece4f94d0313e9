/** How many raw strings a table keeps: enough for a product column, bounded for a column of free text. */
export const TEXT_CODES_LIMIT = 1 << 16;

/**
 * Raw cell strings → the codes given to them, found through a hash of their characters computed
 * here. Each cell of Range.values is a string of its own (parsed JSON), so a Map lookup had V8
 * hash every cell in C++ before comparing; hashing in JS and comparing with the one string in
 * the slot is about twice as fast. Beyond TEXT_CODES_LIMIT strings, `set` keeps no more.
 */
export class TextCodes {
  private keys: (string | undefined)[] = new Array<string | undefined>(64).fill(undefined);
  private hashes = new Int32Array(64);
  private codes = new Int32Array(64);
  private count = 0;

  /** Whether the table keeps no more strings (a column of mostly distinct text). */
  get full(): boolean {
    return this.count >= TEXT_CODES_LIMIT;
  }

  /** The code set for s, or -1. */
  get(s: string): number {
    const h = textHash(s);
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let j = h & mask; ; j = (j + 1) & mask) {
      const k = keys[j];
      if (k === undefined) return -1;
      if (this.hashes[j] === h && k === s) return this.codes[j];
    }
  }

  /** Gives s its code (s must not be in the table yet). */
  set(s: string, code: number): void {
    if (this.full) return;
    if (2 * (this.count + 1) > this.keys.length) this.grow();
    this.place(s, textHash(s), code);
    this.count++;
  }

  private place(s: string, h: number, code: number): void {
    const mask = this.keys.length - 1;
    let j = h & mask;
    while (this.keys[j] !== undefined) j = (j + 1) & mask;
    this.keys[j] = s;
    this.hashes[j] = h;
    this.codes[j] = code;
  }

  private grow(): void {
    const { keys, hashes, codes } = this;
    this.keys = new Array<string | undefined>(2 * keys.length).fill(undefined);
    this.hashes = new Int32Array(2 * keys.length);
    this.codes = new Int32Array(2 * keys.length);
    for (let j = 0; j < keys.length; j++) if (keys[j] !== undefined) this.place(keys[j]!, hashes[j], codes[j]);
  }
}

/** A 32-bit hash of every character of s (multiply-xor, as in murmur). */
export function textHash(s: string): number {
  let h = s.length;
  for (let j = 0; j < s.length; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x5bd1e995);
  return h ^ (h >>> 15);
}
