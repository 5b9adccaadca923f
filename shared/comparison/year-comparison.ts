import { z } from 'zod';
import { Id } from '../domain/ids';
import { ActionStatus, PlanStatus, TargetDirection } from '../domain/plan-enums';
import { ResultSource } from '../results/control-results';
import { ResultStatus } from '../results/status';
import { ReportComparison } from './report-rows';

/** Where a unit's data comes from: kept in this database, or read from the unit's yearly bundle. */
export const UnitOrigin = z.enum(['local', 'imported']);
export type UnitOrigin = z.infer<typeof UnitOrigin>;

/** Which export of the unit's year this database holds, when the unit was imported. */
export const ImportedFrom = z.object({
  exportedAt: z.string(),
  importedAt: z.string(),
  fileName: z.string(),
});
export type ImportedFrom = z.infer<typeof ImportedFrom>;

export const StatusCounts = z.object({
  green: z.number().int(),
  yellow: z.number().int(),
  red: z.number().int(),
  none: z.number().int(),
});
export type StatusCounts = z.infer<typeof StatusCounts>;

/** One unit, a column of the comparison. The counts follow the quality area filter. */
export const ComparedUnit = z.object({
  unitId: Id,
  name: z.string(),
  origin: UnitOrigin,
  /** Null for a local unit, and for an imported unit whose bundle of this year is not recorded. */
  importedFrom: ImportedFrom.nullable(),
  planId: Id,
  planTitle: z.string(),
  planStatus: PlanStatus,
  /** False when a quality area is chosen that the unit's plan does not have: its cells are then empty. */
  hasQualityArea: z.boolean(),
  controlCount: z.number().int(),
  statusCounts: StatusCounts,
  riskCount: z.number().int(),
  unassessedRisks: z.number().int(),
  actionCount: z.number().int(),
});
export type ComparedUnit = z.infer<typeof ComparedUnit>;

/** A unit's whole-year result of a control, against that unit's own target. */
export const ControlCell = z.object({
  controlId: Id,
  targetValue: z.number().nullable(),
  targetDirection: TargetDirection,
  tolerance: z.number(),
  /** What the figures are given in: the target's unit, or % for a share ("" when neither). */
  unit: z.string(),
  value: z.number().nullable(),
  status: ResultStatus,
  source: ResultSource.nullable(),
});
export type ControlCell = z.infer<typeof ControlCell>;

/** A control as the units share it (matched by its definition); `cells[i]` is units[i]'s, null when that unit lacks it. */
export const ControlRow = z.object({
  key: z.string(),
  processName: z.string(),
  definition: z.string(),
  cells: z.array(ControlCell.nullable()),
});
export type ControlRow = z.infer<typeof ControlRow>;

export const RiskLevelCell = z.object({ name: z.string(), color: z.string(), count: z.number().int() });
export type RiskLevelCell = z.infer<typeof RiskLevelCell>;

/**
 * A risk level as the units' matrices name it (matched by name); `cells[i]` counts units[i]'s risks at that
 * level in its own matrix and colour, null when that matrix has no such level.
 */
export const RiskLevelRow = z.object({
  key: z.string(),
  name: z.string(),
  color: z.string(),
  cells: z.array(RiskLevelCell.nullable()),
});
export type RiskLevelRow = z.infer<typeof RiskLevelRow>;

/** How many of each unit's actions have the status; null for a unit without the chosen quality area. */
export const ActionStatusRow = z.object({
  status: ActionStatus,
  label: z.string(),
  counts: z.array(z.number().int().nullable()),
});
export type ActionStatusRow = z.infer<typeof ActionStatusRow>;

/**
 * All units side by side for one year: what the socialkontor view shows and the
 * kvalitetsbokslut prints. Every array of cells or counts follows the order of `units`.
 * A risk is counted once, at its level after action when that is assessed, else before.
 */
export const YearComparison = z.object({
  year: z.number().int(),
  /** The quality area the figures are filtered by, as the first plan that has it spells it; null for all. */
  qualityArea: z.string().nullable(),
  /** Every quality area of the units' plans this year, each name once. */
  qualityAreas: z.array(z.string()),
  units: z.array(ComparedUnit),
  /** Units in the database without a plan for the year: their bundles may still be missing. */
  unitsWithoutPlan: z.array(z.string()),
  controls: z.array(ControlRow),
  riskLevels: z.array(RiskLevelRow),
  actionStatuses: z.array(ActionStatusRow),
  /** The registers of reports; with a quality area chosen, only reports tagged with it count. */
  reports: ReportComparison,
});
export type YearComparison = z.infer<typeof YearComparison>;
