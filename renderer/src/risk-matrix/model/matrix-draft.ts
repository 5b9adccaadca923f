import { defaultGrid } from '../../../../shared/risk-matrix/grid';
import { RiskMatrix, type RiskLevel, type ScaleLevel } from '../../../../shared/risk-matrix/matrix';
import { resizeMatrix } from '../../../../shared/risk-matrix/resize';
import { issueMessage } from '../../../../shared/messages/zod-issues';
import { messageText } from '../../api/message-text';

/**
 * Edits of a matrix being customised. The draft may be invalid while the user types
 * (an empty label, say); RiskMatrix.safeParse decides before anything is previewed.
 */
export type Axis = 'likelihood' | 'consequence';

export const MIN_RISK_LEVELS = 2;
export const MAX_RISK_LEVELS = 6;

/** Calm colours for added levels, each readable with black or white text. */
const extraColors = ['#2e7d32', '#f9a825', '#ef6c00', '#c62828', '#6a1b9a', '#1565c0'];

export function setScaleLevel(matrix: RiskMatrix, axis: Axis, index: number, patch: Partial<ScaleLevel>): RiskMatrix {
  return { ...matrix, [axis]: matrix[axis].map((level, i) => (i === index ? { ...level, ...patch } : level)) };
}

export function setRiskLevel(matrix: RiskMatrix, index: number, patch: Partial<RiskLevel>): RiskMatrix {
  return { ...matrix, riskLevels: matrix.riskLevels.map((level, i) => (i === index ? { ...level, ...patch } : level)) };
}

/** A new level on top (the most serious); the grid keeps its cells until the user moves some there. */
export function addRiskLevel(matrix: RiskMatrix, name: string): RiskMatrix {
  if (matrix.riskLevels.length >= MAX_RISK_LEVELS) return matrix;
  const used = new Set(matrix.riskLevels.map((level) => level.color.toLowerCase()));
  const color = extraColors.find((candidate) => !used.has(candidate)) ?? '#546e7a';
  return { ...matrix, riskLevels: [...matrix.riskLevels, { name, color }] };
}

/**
 * Removes a level. Its cells go to the level below it (the lowest level's cells to
 * the next one up), and a threshold on it follows its cells, so no cell that needed a
 * control silently stops needing one. Every other index shifts down to stay valid.
 */
export function removeRiskLevel(matrix: RiskMatrix, index: number): RiskMatrix {
  if (matrix.riskLevels.length <= MIN_RISK_LEVELS || index < 0 || index >= matrix.riskLevels.length) return matrix;
  const remap = (level: number) => (level > index ? level - 1 : level === index ? Math.max(0, index - 1) : level);
  return {
    ...matrix,
    riskLevels: matrix.riskLevels.filter((_, i) => i !== index),
    grid: matrix.grid.map((row) => row.map(remap)),
    threshold: matrix.threshold === null ? null : remap(matrix.threshold),
  };
}

/** `likelihood` and `consequence` are 1-based, as the user sees the cell. */
export function setGridCell(matrix: RiskMatrix, likelihood: number, consequence: number, level: number): RiskMatrix {
  return {
    ...matrix,
    grid: matrix.grid.map((row, l) => (l === likelihood - 1 ? row.map((value, c) => (c === consequence - 1 ? level : value)) : row)),
  };
}

/** "Fyll med S × K": the default fill for the current sizes and number of levels. */
export function fillProductGrid(matrix: RiskMatrix): RiskMatrix {
  return { ...matrix, grid: defaultGrid(matrix.likelihood.length, matrix.consequence.length, matrix.riskLevels.length) };
}

export function setThreshold(matrix: RiskMatrix, threshold: number | null): RiskMatrix {
  return { ...matrix, threshold };
}

/** What is wrong with a draft, each once and in the chosen language; empty when it can be previewed. */
export function validationMessages(matrix: RiskMatrix): string[] {
  const result = RiskMatrix.safeParse(matrix);
  return result.success ? [] : [...new Set(result.error.issues.map((issue) => messageText(issueMessage(issue))))];
}

export type ResizeResult = { ok: true; matrix: RiskMatrix } | { ok: false; messages: string[] };

/** resizeMatrix needs a valid matrix; an invalid draft reports what to fix first instead. */
export function resizeDraft(matrix: RiskMatrix, likelihoodCount: number, consequenceCount: number): ResizeResult {
  const messages = validationMessages(matrix);
  if (messages.length > 0) return { ok: false, messages };
  return { ok: true, matrix: resizeMatrix(matrix, likelihoodCount, consequenceCount) };
}

export function sameMatrix(a: RiskMatrix, b: RiskMatrix): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
