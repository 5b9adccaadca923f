export { compareUnits, type CompareOptions } from './compare';
export { figureUnit } from './figure-unit';
export { nameKey } from './names';
export { median, ReportComparison, reportComparison, type UnitReport } from './report-rows';
export { currentLevelIndex } from './risk-levels';
export type { UnitAction, UnitControl, UnitFigures, UnitRisk } from './unit-figures';
export {
  ActionStatusRow,
  ComparedUnit,
  ControlCell,
  ControlRow,
  ImportedFrom,
  RiskLevelCell,
  RiskLevelRow,
  StatusCounts,
  UnitOrigin,
  YearComparison,
} from './year-comparison';
