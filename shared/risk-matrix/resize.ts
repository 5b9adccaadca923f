import { AppError } from '../errors';
import { defaultGrid } from './grid';
import { MAX_SCALE, MIN_SCALE, RiskMatrix, type ScaleLevel } from './matrix';

/** A placeholder the user is meant to overwrite; the number keeps the label readable in the grid meanwhile. */
export function defaultScaleLabel(position: number): string {
  return `${position} – Ny nivå`;
}

function requireScaleSize(count: number, axis: 'riskMatrix.likelihoodScaleSize' | 'riskMatrix.consequenceScaleSize'): void {
  if (!Number.isInteger(count) || count < MIN_SCALE || count > MAX_SCALE) {
    throw new AppError('VALIDATION', axis, { min: MIN_SCALE, max: MAX_SCALE });
  }
}

function resizeScale(levels: readonly ScaleLevel[], count: number): ScaleLevel[] {
  return Array.from({ length: count }, (_, i) => {
    const kept = levels[i];
    return kept ? { ...kept } : { label: defaultScaleLabel(i + 1), description: '' };
  });
}

/**
 * Returns a new matrix with the given scale sizes. Labels and descriptions stay with
 * their position (level 3 is still "3 – Möjlig"); new positions get placeholders. When
 * a size changes the old cells no longer line up, so the grid is refilled with the S×K
 * default for the user to adjust; unchanged sizes keep the user's grid. Risk levels and
 * threshold are untouched.
 *
 * Throws AppError('VALIDATION') with a Swedish message for a size outside 3–6, like
 * every function in this module: a UI that offers only 3–6 never sees it.
 * Assessments are not touched here: run planMatrixChange before saving.
 */
export function resizeMatrix(matrix: RiskMatrix, likelihoodCount: number, consequenceCount: number): RiskMatrix {
  requireScaleSize(likelihoodCount, 'riskMatrix.likelihoodScaleSize');
  requireScaleSize(consequenceCount, 'riskMatrix.consequenceScaleSize');
  const sameSize = likelihoodCount === matrix.likelihood.length && consequenceCount === matrix.consequence.length;
  return RiskMatrix.parse({
    likelihood: resizeScale(matrix.likelihood, likelihoodCount),
    consequence: resizeScale(matrix.consequence, consequenceCount),
    riskLevels: matrix.riskLevels.map((level) => ({ ...level })),
    grid: sameSize
      ? matrix.grid.map((row) => [...row])
      : defaultGrid(likelihoodCount, consequenceCount, matrix.riskLevels.length),
    threshold: matrix.threshold,
  });
}
