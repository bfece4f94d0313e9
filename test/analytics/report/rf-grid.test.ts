import { rfGrid } from '../../../src/analytics/report';
import { contextOf, shop } from './fixture';

describe('R×F grid', () => {
  it('bins × bins cells, R from 5 down, F from 1 up; c1 at R1 F1, c2 at R3 F2, c3 at R2 F3', () => {
    const grid = rfGrid(shop());
    expect(grid).toHaveLength(25);
    expect(grid.slice(0, 2).map((c) => [c.r, c.f])).toEqual([[5, 1], [5, 2]]);
    expect(grid[24]).toMatchObject({ r: 1, f: 5 });
    expect(grid.filter((c) => c.customers > 0)).toEqual([
      { r: 3, f: 2, customers: 1, customerShare: 1 / 3, revenue: 195, avgMonetary: 195 },
      { r: 2, f: 3, customers: 1, customerShare: 1 / 3, revenue: 30, avgMonetary: 30 },
      { r: 1, f: 1, customers: 1, customerShare: 1 / 3, revenue: 120, avgMonetary: 120 },
    ]);
    expect(grid[0]).toEqual({ r: 5, f: 1, customers: 0, customerShare: 0, revenue: 0, avgMonetary: null });
  });

  it('average monetary of a shared cell; 3 bins make 9 cells', () => {
    // All ties: every customer has the same recency, frequency and monetary, so NTILE spreads them by id.
    const ctx = contextOf(
      [['customer', 'date', 'amount'], ['a', '2024-01-01', 10], ['b', '2024-01-01', 10], ['c', '2024-01-01', 10], ['d', '2024-01-01', 10]],
      { bins: 3 },
    );
    expect([Array.from(ctx.customers.r), Array.from(ctx.customers.f)]).toEqual([[1, 1, 2, 3], [1, 1, 2, 3]]);
    const grid = rfGrid(ctx);
    expect(grid).toHaveLength(9);
    expect(grid.filter((c) => c.customers > 0).map((c) => [c.r, c.f, c.customers, c.avgMonetary])).toEqual([[3, 3, 1, 10], [2, 2, 1, 10], [1, 1, 2, 10]]);
  });
});
