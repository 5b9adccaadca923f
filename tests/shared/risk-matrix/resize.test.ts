import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { defaultGrid } from '../../../shared/risk-matrix/grid';
import { RiskMatrix } from '../../../shared/risk-matrix/matrix';
import { matrixPresets } from '../../../shared/risk-matrix/presets';
import { resizeMatrix } from '../../../shared/risk-matrix/resize';

const socialstyrelsen = (): RiskMatrix => matrixPresets.find((p) => p.id === 'socialstyrelsen4x4')!.build();

describe('resizeMatrix', () => {
  it('adds placeholder levels and keeps existing labels and descriptions', () => {
    const before = socialstyrelsen();
    const after = resizeMatrix(before, 6, 4);
    expect(after.likelihood.map((l) => l.label)).toEqual([
      '1 – Mycket liten', '2 – Liten', '3 – Stor', '4 – Mycket stor', '5 – Ny nivå', '6 – Ny nivå',
    ]);
    expect(after.likelihood[4]?.description).toBe('');
    expect(after.likelihood[2]?.description).toBe(before.likelihood[2]?.description);
    expect(after.consequence).toEqual(before.consequence);
    expect(() => RiskMatrix.parse(after)).not.toThrow();
  });

  it('drops the levels beyond the new size and refills the grid with the S×K default', () => {
    const after = resizeMatrix(socialstyrelsen(), 3, 3);
    expect(after.likelihood.map((l) => l.label)).toEqual(['1 – Mycket liten', '2 – Liten', '3 – Stor']);
    expect(after.consequence.map((l) => l.label)).toEqual(['1 – Försumbar/Lindrig', '2 – Kännbar/Måttlig', '3 – Allvarlig']);
    // Products 1,2,3,4,6,9 over four levels: floor(rank × 4 / 6) = 0,0,1,2,2,3.
    expect(after.grid).toEqual([
      [0, 0, 1],
      [0, 2, 2],
      [1, 2, 3],
    ]);
  });

  it('keeps risk levels and threshold', () => {
    const before = socialstyrelsen();
    const after = resizeMatrix(before, 5, 5);
    expect(after.riskLevels).toEqual(before.riskLevels);
    expect(after.threshold).toBe(2);
    expect(after.grid).toEqual(defaultGrid(5, 5, 4));
  });

  it('keeps a hand-edited grid when the size does not change', () => {
    const before = { ...socialstyrelsen(), grid: [[0, 0, 0, 3], [0, 0, 0, 3], [0, 0, 0, 3], [3, 3, 3, 3]] };
    expect(resizeMatrix(before, 4, 4).grid).toEqual(before.grid);
  });

  it('does not change the matrix it was given', () => {
    const before = socialstyrelsen();
    const copy = structuredClone(before);
    const after = resizeMatrix(before, 4, 4);
    after.grid[0]![0] = 3;
    after.likelihood[0]!.label = 'ändrad';
    resizeMatrix(before, 6, 6);
    expect(before).toEqual(copy);
  });

  it.each([
    [2, 4, 'Skalan för sannolikhet ska ha mellan 3 och 6 nivåer.'],
    [7, 4, 'Skalan för sannolikhet ska ha mellan 3 och 6 nivåer.'],
    [4, 2, 'Skalan för konsekvens ska ha mellan 3 och 6 nivåer.'],
    [4, 4.5, 'Skalan för konsekvens ska ha mellan 3 och 6 nivåer.'],
  ])('rejects %d × %d with a Swedish validation error', (l, c, message) => {
    let thrown: unknown;
    try {
      resizeMatrix(socialstyrelsen(), l, c);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('VALIDATION');
    expect((thrown as AppError).message).toBe(message);
  });
});
