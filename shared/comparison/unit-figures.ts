import type { ActionStatus, PlanStatus } from '../domain/plan-enums';
import type { ResultSource } from '../results/control-results';
import type { ResultStatus, Target } from '../results/status';
import type { Assessment, RiskMatrix } from '../risk-matrix/matrix';
import type { UnitReport } from './report-rows';
import type { ImportedFrom, UnitOrigin } from './year-comparison';

/** A control of one unit's plan with its whole-year result, as the results code computed it. */
export interface UnitControl extends Target {
  controlId: string;
  /** Equal keys mean the same control in another unit (the rule the trend over years uses). */
  matchKey: string;
  definition: string;
  processName: string;
  /** The quality areas of the control's risk. */
  qualityAreas: readonly string[];
  unit: string;
  value: number | null;
  status: ResultStatus;
  source: ResultSource | null;
}

export interface UnitRisk {
  qualityAreas: readonly string[];
  inherent: Assessment | null;
  residual: Assessment | null;
}

export interface UnitAction {
  status: ActionStatus;
  /** The quality areas of the action's risk. */
  qualityAreas: readonly string[];
}

/** One unit's plan for the year, everything the comparison needs of it. */
export interface UnitFigures {
  unitId: string;
  unitName: string;
  origin: UnitOrigin;
  importedFrom: ImportedFrom | null;
  planId: string;
  planTitle: string;
  planStatus: PlanStatus;
  matrix: RiskMatrix;
  qualityAreas: readonly string[];
  /** In the plan's order, process by process. */
  controls: readonly UnitControl[];
  risks: readonly UnitRisk[];
  actions: readonly UnitAction[];
  /** The year's register of reports. */
  reports: readonly UnitReport[];
}
