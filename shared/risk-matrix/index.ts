export { Assessment, MAX_SCALE, MIN_SCALE, RiskLevel, RiskMatrix, ScaleLevel } from './matrix';
export { defaultGrid, gridFromBands, levelIndexOf, levelOf, needsControl, riskValue, type PlacedLevel } from './grid';
export { levelColors, matrixPresets, type MatrixPreset } from './presets';
export { defaultScaleLabel, resizeMatrix } from './resize';
export {
  planMatrixChange,
  swedishChangeSummary,
  type AssessedRisk,
  type AssessmentChange,
  type AssessmentStage,
  type MatrixChangePlan,
  type PlacedAssessment,
} from './impact';
export { contrastRatio, relativeLuminance, textColorOn } from './contrast';
