import { levelIndexOf } from '../risk-matrix/grid';
import type { Assessment, RiskMatrix } from '../risk-matrix/matrix';
import { nameKey } from './names';
import type { UnitRisk } from './unit-figures';
import type { RiskLevelCell, RiskLevelRow } from './year-comparison';

/**
 * The level a risk stands at now: after action when that is assessed, else before.
 * Null when it is not assessed, or its assessment lies outside the plan's matrix.
 */
export function currentLevelIndex(matrix: RiskMatrix, risk: Pick<UnitRisk, 'inherent' | 'residual'>): number | null {
  const indexOf = (assessment: Assessment | null) => (assessment ? levelIndexOf(matrix, assessment) : null);
  return indexOf(risk.residual) ?? indexOf(risk.inherent);
}

export interface UnitRisks {
  matrix: RiskMatrix;
  /** The risks in view; null when the unit is out of view (it lacks the chosen quality area). */
  risks: readonly UnitRisk[] | null;
}

interface Building extends RiskLevelRow {
  /** Where the level sits in its matrix, 0 for the lowest and 1 for the highest. */
  height: number;
}

/**
 * Each unit's risks per level of its own matrix. Units' matrices may differ, so levels are
 * matched by name, and the rows run from the highest level down (by where each level first
 * seen sits in its own matrix), so what needs attention comes first.
 */
export function riskLevelRows(units: readonly UnitRisks[]): RiskLevelRow[] {
  const rows = new Map<string, Building>();
  units.forEach(({ matrix, risks }, unitIndex) => {
    if (risks === null) return;
    const top = Math.max(1, matrix.riskLevels.length - 1);
    const cells: RiskLevelCell[] = matrix.riskLevels.map((level, index) => {
      const key = nameKey(level.name);
      let row = rows.get(key);
      if (!row) {
        row = { key, name: level.name, color: level.color, height: index / top, cells: units.map(() => null) };
        rows.set(key, row);
      }
      // A matrix that names two levels alike counts both in one cell.
      return (row.cells[unitIndex] ??= { name: level.name, color: level.color, count: 0 });
    });
    for (const risk of risks) {
      const index = currentLevelIndex(matrix, risk);
      if (index !== null) cells[index]!.count++;
    }
  });
  return [...rows.values()]
    .map((row, order) => ({ row, order }))
    .sort((a, b) => b.row.height - a.row.height || a.order - b.order)
    .map(({ row: { height: _height, ...row } }) => row);
}
