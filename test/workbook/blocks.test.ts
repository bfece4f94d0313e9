import { MAX_CELLS_PER_REQUEST, bytesPerCell, rowBlocks, safeCell } from '../../src/workbook';

describe('rowBlocks', () => {
  it('cuts rows into blocks under the byte budget, the last one shorter', () => {
    expect(rowBlocks(10, 2, 10, 60)).toEqual([
      { start: 0, rows: 3 }, { start: 3, rows: 3 }, { start: 6, rows: 3 }, { start: 9, rows: 1 },
    ]);
  });

  it('never exceeds the 5,000,000-cell cap, and takes at least one row', () => {
    const blocks = rowBlocks(1_048_576, 16, 1, 1e12);
    expect(Math.max(...blocks.map((b) => b.rows)) * 16).toBeLessThanOrEqual(MAX_CELLS_PER_REQUEST);
    expect(rowBlocks(3, 1000, 1e6, 10)).toEqual([{ start: 0, rows: 1 }, { start: 1, rows: 1 }, { start: 2, rows: 1 }]);
  });

  it('estimates bytes per cell from a sample with headroom', () => {
    expect(bytesPerCell([['ab', 1]])).toBe(Math.ceil((JSON.stringify([['ab', 1]]).length / 2) * 2) + 4);
    expect(bytesPerCell([])).toBe(16);
    // 3 UTF-8 bytes per CJK character: [["東京都"]] is 15 bytes, not 11 characters.
    expect(bytesPerCell([['東京都']])).toBe(15 * 2 + 4);
  });
});

describe('safeCell', () => {
  it('keeps text that Excel would turn into a formula, number, date or boolean as text', () => {
    for (const s of ['=1+1', '+44 20', '-x', '@sum', '00017', '1,234', '$12', '12%', '2024-01-01', '3/4/2024', 'TRUE', "'quoted"]) {
      expect(safeCell(s)).toBe(`'${s}`);
    }
    expect(safeCell('Champions')).toBe('Champions');
    expect(safeCell(17850)).toBe(17850);
    expect(safeCell(null)).toBe('');
  });
});

describe('blocksBySize', () => {
  it('packs consecutive rows up to the budget and the cell cap', () => {
    const { blocksBySize } = jest.requireActual('../../src/workbook/blocks') as typeof import('../../src/workbook/blocks');
    expect(blocksBySize([4, 4, 4, 9, 1], 1, 8)).toEqual([{ start: 0, rows: 2 }, { start: 2, rows: 1 }, { start: 3, rows: 1 }, { start: 4, rows: 1 }]);
    expect(blocksBySize([], 1, 8)).toEqual([]);
    const blocks = blocksBySize(new Array(3_000_000).fill(1), 2, 1e12);
    expect(blocks.map((b) => b.rows)).toEqual([2_500_000, 500_000]);
  });
});
