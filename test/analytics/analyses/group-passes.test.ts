import fc from 'fast-check';
import { customersOfGroups } from '../../../src/analytics/analyses/group-passes';

/**
 * customersOfGroups against a Set of customers per group straight from the definition: distinct
 * customers of purchase rows (a customer index, no return) whose group is one of those asked.
 */

interface Rows {
  customerIndex: Int32Array;
  isReturn: Uint8Array;
  codes: Int16Array;
}

function expected({ customerIndex, isReturn, codes }: Rows, blank: number, groups: number[]): number[] {
  const sets = groups.map(() => new Set<number>());
  for (let i = 0; i < codes.length; i++) {
    const k = codes[i] < 0 ? blank : codes[i];
    const s = groups.indexOf(k);
    if (s >= 0 && customerIndex[i] >= 0 && !isReturn[i]) sets[s].add(customerIndex[i]);
  }
  return sets.map((set) => set.size);
}

const rowsOf = (customers: number, size: number) =>
  fc.array(fc.tuple(fc.integer({ min: -1, max: customers - 1 }), fc.boolean(), fc.integer({ min: -1, max: size - 1 })), { maxLength: 300 }).map(
    (rows): Rows => ({
      customerIndex: Int32Array.from(rows, (r) => r[0]),
      isReturn: Uint8Array.from(rows, (r) => +r[1]),
      codes: Int16Array.from(rows, (r) => r[2]),
    }),
  );

describe('customersOfGroups', () => {
  it('counts the distinct customers of purchase rows of just the groups asked, in their order', () => {
    const drawn = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 30 }), fc.boolean()).chain(([customers, labels, withBlank]) => {
      const size = labels + (withBlank ? 1 : 0);
      const groups = fc.uniqueArray(fc.integer({ min: 0, max: size - 1 }), { maxLength: size });
      return fc.tuple(rowsOf(customers, labels), groups, fc.constant({ customers, size, blank: withBlank ? labels : -1 }));
    });
    fc.assert(
      fc.property(drawn, ([rows, groups, { customers, size, blank }]) => {
        const got = customersOfGroups(rows.customerIndex, rows.isReturn, { codes: rows.codes, blank, size }, groups, customers);
        expect(Array.from(got)).toEqual(expected(rows, blank, groups));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every pair past the room it starts with', () => {
    const n = 5000;
    const rows: Rows = { customerIndex: Int32Array.from({ length: n }, (_, i) => i % 1700), isReturn: new Uint8Array(n), codes: Int16Array.from({ length: n }, (_, i) => i % 3) };
    // Code 2 has 1,666 rows and code 0 1,667, no customer twice in a code (1,700 ≡ 2 mod 3).
    expect(Array.from(customersOfGroups(rows.customerIndex, rows.isReturn, { codes: rows.codes, blank: -1, size: 3 }, [2, 0], 1700))).toEqual([1666, 1667]);
  });

  it('counts by buckets where a (customer, group) pair does not fit a word', () => {
    // 2^20 groups leave 11 bits of a pair for the customer: 2,049 customers do not fit.
    const size = 2 ** 20;
    const customers = 2049;
    const n = 6000;
    const rows: Rows = {
      customerIndex: Int32Array.from({ length: n }, (_, i) => (i * 7) % customers),
      isReturn: Uint8Array.from({ length: n }, (_, i) => +(i % 5 === 0)),
      codes: Int16Array.from({ length: n }, (_, i) => (i % 4) - 1),
    };
    const groups = Array.from({ length: size }, (_, k) => size - 1 - k);
    const got = customersOfGroups(rows.customerIndex, rows.isReturn, { codes: rows.codes, blank: 7, size }, groups, customers);
    const want = expected(rows, 7, [size - 1, 7, 2, 1, 0]);
    expect([got[0], got[size - 1 - 7], got[size - 3], got[size - 2], got[size - 1]]).toEqual(want);
    // Each of the four codes has 1,500 rows, 300 of them returns; 7i mod 2,049 repeats no customer
    // within a code (2,049 is odd and prime to 7), and the last group has no rows.
    expect(want).toEqual([0, 1200, 1200, 1200, 1200]);
  });
});
