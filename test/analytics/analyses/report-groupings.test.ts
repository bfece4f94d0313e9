import fc from 'fast-check';
import { groupKernels } from '../../../src/analytics/analyses/group-kernel';
import { CellValue, DimensionColumn, GroupedBy, dataQuality, returnTotals, rowFacts, NumericColumn, analysisContext, ingestTransactions, isoFromSerial, mapTable, reportGroupings } from '../../../src/analytics';

/**
 * reportGroupings against plain Sets and Maps over the rows, straight from the definitions: on
 * random orders whose lines are adjacent, scattered, longer than a run, or without an order id.
 */

interface Line {
  customer: string;
  order: string;
  day: number;
  amount: number;
  status: string;
  category: string;
  product: string;
  quantity: number | '';
}

const lineWith = (category: fc.Arbitrary<string>, product: fc.Arbitrary<string>) => fc.record({
  customer: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', ''),
  order: fc.constantFrom('o1', 'o2', 'o3', 'o4', 'o5', 'o6', ''),
  day: fc.integer({ min: 45000, max: 45800 }),
  amount: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 900 }) }, { weight: 2, arbitrary: fc.integer({ min: -300, max: -1 }) }),
  status: fc.constantFrom('Delivered', 'Returned', 'In Transit', ''),
  category,
  product,
  quantity: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constant('' as const)),
});

/** Lines as drawn, or sorted by order so that orders come as runs (some longer than a run may be). */
const linesOf = (line: fc.Arbitrary<Line>, maxLength: number) =>
  fc.tuple(fc.array(line, { minLength: 1, maxLength }), fc.boolean()).map(([ls, byOrder]) =>
    byOrder ? [...ls].sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0)) : ls,
  );
const lines = linesOf(lineWith(fc.constantFrom('Books', 'Home', ''), fc.constantFrom('p1', 'p2', 'p3', 'p4', '')), 90);
const upTo100 = (prefix: string) => fc.integer({ min: 0, max: 100 }).map((p) => (p === 0 ? '' : `${prefix}${p}`));
/**
 * Up to 100 categories and products: past the 32 groups a word per customer holds, where distinct
 * customers per category come from (customer, category) pairs in the compiled pass and from
 * buckets in the passes.
 */
const linesOfManyGroups = linesOf(lineWith(upTo100('cat'), upTo100('p')), 150);

const HEADER = ['customer', 'order', 'date', 'amount', 'status', 'category', 'product', 'quantity'];

function table(ls: Line[]): CellValue[][] {
  return [HEADER, ...ls.map((l) => [l.customer, l.order, l.day, l.amount, l.status, l.category, l.product, l.quantity])];
}

interface Group {
  revenue: number;
  orders: Set<string>;
  customers: Set<number>;
  units: number;
  knownOrders: Set<string>;
  returnedOrders: Set<string>;
  returnedRevenue: number;
  rows: number;
  amount: number;
  rowOrders: Set<string>;
}

const empty = (): Group => ({
  revenue: 0, orders: new Set(), customers: new Set(), units: 0, knownOrders: new Set(), returnedOrders: new Set(),
  returnedRevenue: 0, rows: 0, amount: 0, rowOrders: new Set(),
});

/** Per grouping name and label, the totals as the definitions state them. */
function reference(values: CellValue[][]) {
  const tx = ingestTransactions(mapTable(values).columns);
  const { ctx } = analysisContext(tx);
  const t = ctx.customers;
  const status = tx.attributes.status as DimensionColumn;
  const quantity = (tx.attributes.quantity as NumericColumn).values;
  const out = new Map<string, Map<string, Group>>();
  const add = (name: string, label: string) => {
    if (!out.has(name)) out.set(name, new Map());
    const m = out.get(name)!;
    if (!m.has(label)) m.set(label, empty());
    return m.get(label)!;
  };
  for (let i = 0; i < tx.rowCount; i++) {
    const c = tx.customer[i];
    if (c < 0) continue;
    const scored = t.indexOfKey[c] >= 0;
    const ret = tx.isReturn[i] === 1;
    const a = tx.amount[i];
    const order = tx.order[i] >= 0 ? `o${tx.order[i]}` : `row${i}`;
    const known = status.codes[i] >= 0;
    const label = (role: 'category' | 'product' | 'status') => {
      const col = tx.attributes[role] as DimensionColumn;
      return col.codes[i] < 0 ? (role === 'status' ? '(unknown)' : '(blank)') : col.labels[col.codes[i]];
    };
    const iso = isoFromSerial(tx.day[i]);
    const groups: [string, string][] = [['year', iso.slice(0, 4)], ['month', iso.slice(0, 7)], ['category', label('category')], ['product', label('product')]];
    for (const [name, value] of groups) {
      const g = add(name, value);
      const periods = name === 'year' || name === 'month';
      if (scored) {
        g.revenue += ret ? (a < 0 ? a : 0) : a;
        if (!ret) {
          g.orders.add(order);
          g.customers.add(c);
          if (!periods && !Number.isNaN(quantity[i])) g.units += quantity[i];
        }
      }
      if (!periods && known) {
        g.knownOrders.add(order);
        if (ret) (g.returnedRevenue += Math.abs(a)), g.returnedOrders.add(order);
      }
    }
    const s = add('status', label('status'));
    s.rows++;
    s.amount += a;
    s.rowOrders.add(order);
  }
  return { ctx, out };
}

/** The totals a grouping of that name keeps, for group k. */
function picked(name: string, by: GroupedBy, k: number) {
  if (name === 'status') return { rows: by.rows[k], amount: by.amount[k], orders: by.rowOrders[k] };
  // Products count no customers here: the products section counts its top products' (group-passes.test.ts).
  const totals = { revenue: by.revenue[k], orders: by.orders[k], customers: name === 'product' ? by.customers.length : by.customers[k] };
  if (name === 'year' || name === 'month') return totals;
  return { ...totals, units: by.units[k], knownOrders: by.knownOrders[k], returnedOrders: by.returnedOrders[k], returnedRevenue: by.returnedRevenue[k] };
}

describe.each([['one compiled pass', true], ['a pass per grouping', false]])('reportGroupings in %s', (_, compiled) => {
  beforeEach(() => (groupKernels.enabled = compiled));
  afterEach(() => (groupKernels.enabled = true));

  it.each([
    ['a few categories and products', lines],
    ['more categories and products than a word holds', linesOfManyGroups],
  ])('equals Sets and Maps over the rows for periods, categories, products and statuses, with %s', (_, drawn) => {
    let mostCategories = 0;
    fc.assert(
      fc.property(drawn, (ls) => {
        const values = table(ls);
        let expected;
        try {
          expected = reference(values);
        } catch {
          return; // no scored customer: the report refuses such data (tested elsewhere)
        }
        const { ctx, out } = expected;
        const got = reportGroupings(ctx);
        mostCategories = Math.max(mostCategories, got.dimensions.category!.labels.length);
        const named = { ...got.periods, category: got.dimensions.category!, product: got.dimensions.product!, status: got.dimensions.status! };
        for (const [name, by] of Object.entries(named)) {
          const want = out.get(name) ?? new Map<string, Group>();
          by.labels.forEach((label, k) => {
            const g = want.get(label) ?? empty();
            const sums = picked(name, by, k);
            expect([name, label, sums]).toEqual([
              name, label, name === 'status' ? { rows: g.rows, amount: g.amount, orders: g.rowOrders.size } : {
                revenue: g.revenue, orders: g.orders.size, customers: name === 'product' ? 0 : g.customers.size,
                ...(name === 'year' || name === 'month' ? {} : { units: g.units, knownOrders: g.knownOrders.size, returnedOrders: g.returnedOrders.size, returnedRevenue: g.returnedRevenue }),
              },
            ]);
          });
          // Every group the rows have is listed (months between them too, with zeros).
          for (const label of want.keys()) if (name !== 'year' && name !== 'month') expect(by.labels).toContain(label);
        }
      }),
      { numRuns: 300 },
    );
    expect(mostCategories > 32).toBe(drawn === linesOfManyGroups);
  });
});

describe('duplicate rows', () => {
  it('counts the rows equal to an earlier row in customer, day, amount, order and product, as string keys would', () => {
    // Copies of earlier lines put back adjacent or anywhere, so both the run and the hashed paths meet them.
    const withCopies = fc.tuple(lines, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 })).map(([ls, copies]) => {
      const out = [...ls];
      for (const [from, to] of copies) out.splice(to % (out.length + 1), 0, { ...out[from % out.length] });
      return out;
    });
    fc.assert(
      fc.property(withCopies, (ls) => {
        const values = table(ls);
        let ctx;
        try {
          ctx = analysisContext(ingestTransactions(mapTable(values).columns)).ctx;
        } catch {
          return;
        }
        const { tx } = ctx;
        const product = (tx.attributes.product as DimensionColumn).codes;
        const seen = new Set<string>();
        let expected = 0;
        for (let i = 0; i < tx.rowCount; i++) {
          if (tx.customer[i] < 0) continue;
          const key = [tx.customer[i], tx.day[i], tx.amount[i], tx.order[i], product[i]].join('|');
          if (seen.has(key)) expected++;
          seen.add(key);
        }
        expect(dataQuality(ctx, []).duplicateRows).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('row facts', () => {
  it('take the same return totals as returnTotals, which flags every order in a table', () => {
    fc.assert(
      fc.property(lines, (ls) => {
        let ctx;
        try {
          ctx = analysisContext(ingestTransactions(mapTable(table(ls)).columns)).ctx;
        } catch {
          return;
        }
        expect(rowFacts(ctx).returns).toEqual(returnTotals(ctx));
      }),
      { numRuns: 300 },
    );
  });
});
