import fc from 'fast-check';
import { encodeCategory } from '../../../src/analytics';
import { TEXT_CODES_LIMIT, TextCodes } from '../../../src/analytics/text-codes';

describe('TextCodes', () => {
  it('finds what a Map finds, through growth', () => {
    const word = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 400 }).map((k) => `P${k}`), fc.string({ unit: 'binary', maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 600 }), (words) => {
        const table = new TextCodes();
        const map = new Map<string, number>();
        for (const w of words) {
          // A copy: each cell of Range.values is a string object of its own.
          const s = `${w} `.slice(0, -1);
          expect(table.get(s)).toBe(map.get(w) ?? -1);
          if (!map.has(w)) (map.set(w, map.size * 3), table.set(s, map.size * 3 - 3));
        }
      }),
    );
  });

  it('keeps no more than its limit, and still finds those it kept', () => {
    const table = new TextCodes();
    for (let k = 0; k < TEXT_CODES_LIMIT + 10; k++) table.set(`t${k}`, k);
    expect(table.get('t0')).toBe(0);
    expect(table.get(`t${TEXT_CODES_LIMIT - 1}`)).toBe(TEXT_CODES_LIMIT - 1);
    expect(table.get(`t${TEXT_CODES_LIMIT}`)).toBe(-1);
  });
});

describe('encodeCategory past the raw-string table', () => {
  it('codes a column of more distinct labels than TextCodes keeps as a Map would', () => {
    const n = TEXT_CODES_LIMIT + 5_000;
    const cells = Array.from({ length: 2 * n }, (_, i) => `${i % 3 ? ' ' : ''}L${(i * 7919) % n}`);
    const { codes, labels } = encodeCategory('c', { rows: cells.map((c) => [c]), col: 0, start: 0, end: cells.length });
    const index = new Map<string, number>();
    const expected = cells.map((c) => {
      const label = c.trim();
      if (!index.has(label)) index.set(label, index.size);
      return index.get(label)!;
    });
    expect(Array.from(codes)).toEqual(expected);
    expect(labels).toEqual([...index.keys()]);
  });
});

describe('encodeCategory with many labels (the cache by last characters)', () => {
  it('codes as a Map of trimmed labels would, through tails that collide and texts shorter than three', () => {
    // "P1000" and "X1000" share length and last three characters, so one cache slot: the
    // slot's string must be compared, not trusted. Padded copies, blanks and errors mixed in.
    const words = fc.oneof(
      fc.integer({ min: 0, max: 120 }).map((k) => `P${1000 + k}`),
      fc.integer({ min: 0, max: 120 }).map((k) => `X${1000 + k}`),
      fc.integer({ min: 0, max: 120 }).map((k) => ` P${1000 + k} `),
      fc.constantFrom('', '  ', '#N/A', 'A', 'Bc'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(words, { minLength: 40, maxLength: 700 }), (cells) => {
        const copies = cells.map((w) => `${w} `.slice(0, -1)); // each cell a string of its own
        const { codes, labels } = encodeCategory('c', { rows: copies.map((c) => [c]), col: 0, start: 0, end: copies.length });
        const index = new Map<string, number>();
        const expected = cells.map((c) => {
          const label = c === '#N/A' ? '' : c.trim();
          if (label === '') return -1;
          if (!index.has(label)) index.set(label, index.size);
          return index.get(label)!;
        });
        expect(Array.from(codes)).toEqual(expected);
        expect(labels).toEqual([...index.keys()]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('encodeCategory codes as narrow as the labels allow', () => {
  const encode = (cells: (string | null)[]) => encodeCategory('c', { rows: cells.map((c) => [c]), col: 0, start: 0, end: cells.length });

  it.each([
    [1, Int8Array],
    [128, Int8Array],
    [129, Int16Array],
    [32_768, Int16Array],
    [32_769, Int32Array],
  ])('%i labels: %p', (count, type) => {
    expect(encode(Array.from({ length: count }, (_, k) => `L${k}`)).codes).toBeInstanceOf(type);
  });

  it('keeps every code and blank written before a widening', () => {
    // Labels revisited and blanks between them on both sides of the 129th and 32,769th label.
    fc.assert(
      fc.property(fc.integer({ min: 120, max: 140 }), fc.integer({ min: 0, max: 3 }), fc.boolean(), (distinct, gap, many) => {
        const count = many ? 32_760 + distinct - 120 : distinct;
        const cells: (string | null)[] = [];
        for (let k = 0; k < count; k++) {
          cells.push(`L${k}`);
          if (k % (gap + 2) === 0) cells.push(null, `L${k >> 1}`);
        }
        const { codes, labels } = encode(cells);
        const index = new Map(labels.map((label, code) => [label, code]));
        expect(Array.from(codes)).toEqual(cells.map((c) => (c === null ? -1 : index.get(c))));
        expect(labels).toEqual(Array.from({ length: count }, (_, k) => `L${k}`));
      }),
      { numRuns: 30 },
    );
  });
});

describe('encodeCategory before a slot has held a string', () => {
  // Slots start out holding 'a' or 'b' (dimensions.ts, NO_STRING_OF_SLOT): cells of those very texts must still be coded.
  const encode = (cells: string[]) => encodeCategory('c', { rows: cells.map((c) => [c]), col: 0, start: 0, end: cells.length });

  it('codes the texts the empty slots hold, in a column of few labels and of many', () => {
    expect(encode(['a', 'b', '', 'a', 'b'])).toMatchObject({ codes: Int8Array.from([0, 1, -1, 0, 1]), labels: ['a', 'b'] });
    const many = [...Array.from({ length: 40 }, (_, k) => `label ${k}`), 'a', 'b', 'aaa', 'a', 'b'];
    const { codes, labels } = encode(many);
    expect(labels.slice(-3)).toEqual(['a', 'b', 'aaa']);
    expect(Array.from(codes).slice(-5)).toEqual([40, 41, 42, 40, 41]);
  });
});
