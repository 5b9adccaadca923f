import { describe, expect, it } from 'vitest';
import { contrastRatio, textColorOn } from '../../../shared/risk-matrix/contrast';
import { levelOf, needsControl, riskValue } from '../../../shared/risk-matrix/grid';
import { RiskMatrix } from '../../../shared/risk-matrix/matrix';
import { matrixPresets } from '../../../shared/risk-matrix/presets';

function preset(id: string): RiskMatrix {
  const found = matrixPresets.find((p) => p.id === id);
  if (!found) throw new Error(`missing preset ${id}`);
  return found.build();
}

/** Level names by product, so the bands can be read off like a handbook table. */
function bands(matrix: RiskMatrix): Map<number, string> {
  const byProduct = new Map<number, string>();
  matrix.grid.forEach((row, l) =>
    row.forEach((_, c) => {
      const assessment = { likelihood: l + 1, consequence: c + 1 };
      byProduct.set(riskValue(assessment), levelOf(matrix, assessment)?.name ?? '?');
    }),
  );
  return byProduct;
}

describe('matrix presets', () => {
  it('offers the three presets in order, each with a name and description', () => {
    expect(matrixPresets.map((p) => p.id)).toEqual(['socialstyrelsen4x4', 'stockholm5x5', 'simple3x3']);
    for (const p of matrixPresets) {
      expect(p.name.length).toBeGreaterThan(3);
      expect(p.description.length).toBeGreaterThan(20);
    }
  });

  it.each(matrixPresets.map((p) => [p.id, p] as const))('%s passes RiskMatrix.parse and builds a fresh copy each time', (_, p) => {
    const matrix = p.build();
    expect(RiskMatrix.parse(matrix)).toEqual(matrix);
    matrix.likelihood[0]!.label = 'ändrad';
    expect(p.build().likelihood[0]?.label).not.toBe('ändrad');
  });

  it('socialstyrelsen4x4: 4×4, bands 1–3 | 4–6 | 8–9 | 12–16, control from Hög', () => {
    const matrix = preset('socialstyrelsen4x4');
    expect(matrix.likelihood.map((l) => l.label)).toEqual(['1 – Mycket liten', '2 – Liten', '3 – Stor', '4 – Mycket stor']);
    expect(matrix.consequence.map((l) => l.label)).toEqual(['1 – Försumbar/Lindrig', '2 – Kännbar/Måttlig', '3 – Allvarlig', '4 – Mycket allvarlig']);
    expect(matrix.likelihood.every((l) => l.description.length > 0)).toBe(true);
    expect(Object.fromEntries(bands(matrix))).toEqual({
      1: 'Låg', 2: 'Låg', 3: 'Låg', 4: 'Måttlig', 6: 'Måttlig', 8: 'Hög', 9: 'Hög', 12: 'Mycket hög', 16: 'Mycket hög',
    });
    expect(matrix.riskLevels.map((l) => l.color)).toEqual(['#2e7d32', '#f9a825', '#ef6c00', '#c62828']);
    expect(matrix.riskLevels[matrix.threshold ?? -1]?.name).toBe('Hög');
    expect(needsControl(matrix, { likelihood: 2, consequence: 3 })).toBe(false);
    expect(needsControl(matrix, { likelihood: 2, consequence: 4 })).toBe(true);
  });

  it('stockholm5x5: 5×5, bands 1–4 | 5–9 | 10–16 | 20–25, control from risktal 10', () => {
    const matrix = preset('stockholm5x5');
    expect(matrix.likelihood.map((l) => l.label)).toEqual(['1 – Osannolik', '2 – Mindre sannolik', '3 – Möjlig', '4 – Sannolik', '5 – Mycket sannolik']);
    expect(matrix.consequence.map((l) => l.label)).toEqual(['1 – Försumbar', '2 – Lindrig', '3 – Kännbar', '4 – Allvarlig', '5 – Mycket allvarlig']);
    const byProduct = bands(matrix);
    const names = matrix.riskLevels.map((l) => l.name);
    expect([1, 4].map((p) => byProduct.get(p))).toEqual([names[0], names[0]]);
    expect([5, 9].map((p) => byProduct.get(p))).toEqual([names[1], names[1]]);
    expect([10, 16].map((p) => byProduct.get(p))).toEqual([names[2], names[2]]);
    expect([20, 25].map((p) => byProduct.get(p))).toEqual([names[3], names[3]]);
    expect(needsControl(matrix, { likelihood: 3, consequence: 3 })).toBe(false);
    expect(needsControl(matrix, { likelihood: 2, consequence: 5 })).toBe(true);
  });

  it('simple3x3: three levels grön, gul, röd; only red needs a control', () => {
    const matrix = preset('simple3x3');
    expect(matrix.likelihood).toHaveLength(3);
    expect(matrix.consequence).toHaveLength(3);
    expect(matrix.riskLevels.map((l) => l.name)).toEqual(['Grön', 'Gul', 'Röd']);
    expect(matrix.grid).toEqual([
      [0, 0, 1],
      [0, 1, 2],
      [1, 2, 2],
    ]);
    expect(needsControl(matrix, { likelihood: 2, consequence: 2 })).toBe(false);
    expect(needsControl(matrix, { likelihood: 2, consequence: 3 })).toBe(true);
  });

  it('every level colour gets a text colour with at least 4.5:1 contrast', () => {
    for (const p of matrixPresets) {
      for (const level of p.build().riskLevels) {
        expect(contrastRatio(level.color, textColorOn(level.color))).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
