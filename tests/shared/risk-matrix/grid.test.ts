import { describe, expect, it } from 'vitest';
import { defaultGrid, gridFromBands, levelIndexOf, levelOf, needsControl, riskValue } from '../../../shared/risk-matrix/grid';
import { RiskMatrix } from '../../../shared/risk-matrix/matrix';

const matrix3x3 = RiskMatrix.parse({
  likelihood: ['1 – Liten', '2 – Möjlig', '3 – Stor'].map((label) => ({ label, description: '' })),
  consequence: ['1 – Lindrig', '2 – Kännbar', '3 – Allvarlig'].map((label) => ({ label, description: '' })),
  riskLevels: [
    { name: 'Låg', color: '#2e7d32' },
    { name: 'Hög', color: '#c62828' },
  ],
  // Deliberately not S×K: likelihood 3 / consequence 1 is high although its product is 3.
  grid: [
    [0, 0, 1],
    [0, 0, 1],
    [1, 1, 1],
  ],
  threshold: 1,
});

describe('riskValue', () => {
  it('multiplies likelihood by consequence', () => {
    expect(riskValue({ likelihood: 3, consequence: 4 })).toBe(12);
    expect(riskValue({ likelihood: 1, consequence: 1 })).toBe(1);
  });
});

describe('defaultGrid', () => {
  it('spreads the 4×4 products 1,2,3 | 4,6 | 8,9 | 12,16 over four levels', () => {
    expect(defaultGrid(4, 4, 4)).toEqual([
      [0, 0, 0, 1],
      [0, 1, 1, 2],
      [0, 1, 2, 3],
      [1, 2, 3, 3],
    ]);
  });

  it('gives a 3×3 traffic light 1,2 | 3,4 | 6,9', () => {
    expect(defaultGrid(3, 3, 3)).toEqual([
      [0, 0, 1],
      [0, 1, 2],
      [1, 2, 2],
    ]);
  });

  it('ranks the 14 distinct products of 5×5 into 1–4 | 5–8 | 9–15 | 16–25', () => {
    const grid = defaultGrid(5, 5, 4);
    expect(grid[0]).toEqual([0, 0, 0, 0, 1]);
    expect(grid[2]).toEqual([0, 1, 2, 2, 2]);
    expect(grid[3]).toEqual([0, 1, 2, 3, 3]);
    expect(grid[4]).toEqual([1, 2, 2, 3, 3]);
  });

  it('handles unequal axes (rows are likelihood)', () => {
    const grid = defaultGrid(3, 4, 2);
    expect(grid).toHaveLength(3);
    expect(grid.every((row) => row.length === 4)).toBe(true);
    // Distinct products 1,2,3,4,6,8,9,12: the lower four are level 0.
    expect(grid).toEqual([
      [0, 0, 0, 0],
      [0, 0, 1, 1],
      [0, 1, 1, 1],
    ]);
  });

  it('never goes down when S or K grows, starts at 0 and reaches the top level for every allowed size', () => {
    for (let l = 3; l <= 6; l++) {
      for (let c = 3; c <= 6; c++) {
        for (let levels = 2; levels <= 6; levels++) {
          const grid = defaultGrid(l, c, levels);
          expect(grid[0]?.[0]).toBe(0);
          expect(grid[l - 1]?.[c - 1]).toBe(levels - 1);
          for (let i = 0; i < l; i++) {
            for (let j = 0; j < c; j++) {
              const cell = grid[i]?.[j] ?? -1;
              if (i + 1 < l) expect(grid[i + 1]?.[j]).toBeGreaterThanOrEqual(cell);
              if (j + 1 < c) expect(grid[i]?.[j + 1]).toBeGreaterThanOrEqual(cell);
            }
          }
        }
      }
    }
  });

  it('rejects counts that are not positive integers', () => {
    expect(() => defaultGrid(0, 4, 4)).toThrow('Antalet sannolikhetsnivåer måste vara ett positivt heltal.');
    expect(() => defaultGrid(4, 2.5, 4)).toThrow(/konsekvensnivåer/);
  });
});

describe('gridFromBands', () => {
  it('puts each product in the band whose minimum it reaches', () => {
    expect(gridFromBands(3, 3, [1, 3, 6])).toEqual([
      [0, 0, 1],
      [0, 1, 2],
      [1, 2, 2],
    ]);
    // A first minimum above 1 still leaves the lowest cells at level 0.
    expect(gridFromBands(3, 3, [2, 9])[0]).toEqual([0, 0, 0]);
    expect(gridFromBands(3, 3, [2, 9])[2]).toEqual([0, 0, 1]);
  });

  it('rejects minimums that do not rise', () => {
    expect(() => gridFromBands(3, 3, [1, 5, 5])).toThrow('Gränserna för risknivåerna måste vara stigande.');
    expect(() => gridFromBands(3, 3, [])).toThrow(/stigande/);
  });
});

describe('levelIndexOf / levelOf', () => {
  it('reads the grid, not the product', () => {
    expect(levelIndexOf(matrix3x3, { likelihood: 3, consequence: 1 })).toBe(1);
    expect(levelIndexOf(matrix3x3, { likelihood: 1, consequence: 2 })).toBe(0);
    expect(levelOf(matrix3x3, { likelihood: 2, consequence: 3 })).toEqual({ index: 1, name: 'Hög', color: '#c62828' });
    expect(levelOf(matrix3x3, { likelihood: 2, consequence: 2 })).toEqual({ index: 0, name: 'Låg', color: '#2e7d32' });
  });

  it('returns null outside the matrix', () => {
    expect(levelIndexOf(matrix3x3, { likelihood: 4, consequence: 1 })).toBeNull();
    expect(levelIndexOf(matrix3x3, { likelihood: 1, consequence: 4 })).toBeNull();
    expect(levelIndexOf(matrix3x3, { likelihood: 0, consequence: 1 })).toBeNull();
    expect(levelOf(matrix3x3, { likelihood: 6, consequence: 6 })).toBeNull();
  });
});

describe('needsControl', () => {
  it('is true from the threshold level up', () => {
    expect(needsControl(matrix3x3, { likelihood: 3, consequence: 1 })).toBe(true);
    expect(needsControl(matrix3x3, { likelihood: 2, consequence: 2 })).toBe(false);
  });

  it('is false when unassessed, outside the matrix or without a threshold', () => {
    expect(needsControl(matrix3x3, null)).toBe(false);
    expect(needsControl(matrix3x3, { likelihood: 5, consequence: 5 })).toBe(false);
    expect(needsControl({ ...matrix3x3, threshold: null }, { likelihood: 3, consequence: 3 })).toBe(false);
  });

  it('counts every level when the threshold is the lowest one', () => {
    expect(needsControl({ ...matrix3x3, threshold: 0 }, { likelihood: 1, consequence: 1 })).toBe(true);
  });
});
