import { AppError } from '../errors';
import type { Assessment, RiskMatrix } from './matrix';

export interface PlacedLevel {
  index: number;
  name: string;
  color: string;
}

/** Risktal: the product people quote ("risktal 12"); the grid, not this number, decides the level. */
export function riskValue(assessment: Assessment): number {
  return assessment.likelihood * assessment.consequence;
}

function requireCount(count: number, what: 'riskMatrix.likelihoodCount' | 'riskMatrix.consequenceCount' | 'riskMatrix.levelCount'): void {
  if (!Number.isInteger(count) || count < 1) {
    throw new AppError('VALIDATION', what);
  }
}

/**
 * The S×K default fill. Rule: list the distinct products of the grid in ascending
 * order; a product with rank r (0-based) among D distinct products gets level
 * floor(r × levelCount / D). Ranking distinct products rather than scaling the raw
 * value spreads the levels evenly, because products crowd at the low end (a 4×4 grid
 * has 1, 2, 3, 4, 6, 8, 9, 12, 16). A larger product never gets a lower rank, so a
 * cell is never lower than the cell before it in either direction. Every allowed size
 * (3–6 per axis, at most 6 levels) has at least 6 distinct products, so the top cell
 * always reaches the highest level.
 */
export function defaultGrid(likelihoodCount: number, consequenceCount: number, levelCount: number): number[][] {
  requireCount(likelihoodCount, 'riskMatrix.likelihoodCount');
  requireCount(consequenceCount, 'riskMatrix.consequenceCount');
  requireCount(levelCount, 'riskMatrix.levelCount');
  const products = new Set<number>();
  for (let l = 1; l <= likelihoodCount; l++) {
    for (let c = 1; c <= consequenceCount; c++) products.add(l * c);
  }
  const ranked = [...products].sort((a, b) => a - b);
  const levelByProduct = new Map(ranked.map((product, rank) => [product, Math.floor((rank * levelCount) / ranked.length)]));
  return Array.from({ length: likelihoodCount }, (_, l) =>
    Array.from({ length: consequenceCount }, (_, c) => levelByProduct.get((l + 1) * (c + 1)) ?? 0),
  );
}

/**
 * Fills a grid by risktal bands, the way municipal matrices are written down
 * ("1–4 låg, 5–9 måttlig ..."). `minimums[i]` is the lowest product of level i and
 * must rise; a product below `minimums[0]` still gets level 0 so no cell is left out.
 */
export function gridFromBands(likelihoodCount: number, consequenceCount: number, minimums: readonly number[]): number[][] {
  requireCount(likelihoodCount, 'riskMatrix.likelihoodCount');
  requireCount(consequenceCount, 'riskMatrix.consequenceCount');
  if (minimums.length === 0 || minimums.some((min, i) => i > 0 && min <= (minimums[i - 1] ?? 0))) {
    throw new AppError('VALIDATION', 'riskMatrix.ascendingThresholds');
  }
  const levelFor = (product: number): number => Math.max(0, minimums.filter((min) => product >= min).length - 1);
  return Array.from({ length: likelihoodCount }, (_, l) =>
    Array.from({ length: consequenceCount }, (_, c) => levelFor((l + 1) * (c + 1))),
  );
}

/** The cell's level index, or null when the assessment lies outside the matrix (e.g. after a resize). */
export function levelIndexOf(matrix: RiskMatrix, assessment: Assessment): number | null {
  const level = matrix.grid[assessment.likelihood - 1]?.[assessment.consequence - 1];
  return level === undefined || matrix.riskLevels[level] === undefined ? null : level;
}

export function levelOf(matrix: RiskMatrix, assessment: Assessment): PlacedLevel | null {
  const index = levelIndexOf(matrix, assessment);
  const level = index === null ? undefined : matrix.riskLevels[index];
  return index === null || level === undefined ? null : { index, name: level.name, color: level.color };
}

/** Unassessed (null) and out-of-matrix risks never count as needing a control: there is nothing to compare. */
export function needsControl(matrix: RiskMatrix, assessment: Assessment | null): boolean {
  if (assessment === null || matrix.threshold === null) return false;
  const index = levelIndexOf(matrix, assessment);
  return index !== null && index >= matrix.threshold;
}
