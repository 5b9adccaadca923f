import { z } from 'zod';
import { Assessment, RiskMatrix } from '../risk-matrix/matrix';
import { keyed } from '../messages/zod-issues';
import type { MessageKey } from '../messages/catalogue';
import { withoutPersonalData } from './free-text';
import { ActionStatus, MeasureFrequency, MeasureKind, MeasureMethod, ProcessGroup, TargetDirection } from './plan-enums';

const text = (max: number, required?: MessageKey) =>
  withoutPersonalData(
    required
      ? z.string().trim().min(1, keyed(required)).max(max, keyed('validation.tooLong'))
      : z.string().trim().max(max, keyed('validation.tooLong')),
  );

export const IsoDate = z.iso.date({ message: keyed('validation.isoDate') });

const Tolerance = z.number({ message: keyed('validation.toleranceNumber') }).finite().min(0, keyed('validation.toleranceNegative'));

const controlShape = {
  definition: text(1000, 'validation.controlDefinitionMissing'),
  method: MeasureMethod,
  methodDescription: text(1000),
  responsible: text(300),
  occasion: text(300),
  frequency: MeasureFrequency,
  measureKind: MeasureKind,
  targetValue: z.number().finite().nullable(),
  targetUnit: text(30),
  /** at_least: a result at or above the target is good (a share of cases); at_most: at or below it (days of waiting). */
  targetDirection: TargetDirection,
  /** How far from the target a result may be and still be yellow rather than red. */
  tolerance: Tolerance,
};

/** A change to a control: only the fields given change (no defaults fill the others). */
export const ControlPatch = z.object(controlShape).partial();

export const ControlContent = z.object({
  ...controlShape,
  targetDirection: TargetDirection.default('at_least'),
  tolerance: Tolerance.default(0),
});
export type ControlContent = z.infer<typeof ControlContent>;

export const ActionContent = z.object({
  text: text(1000, 'validation.actionTextMissing'),
  owner: text(200),
  dueDate: IsoDate.nullable(),
  status: ActionStatus,
  followUp: text(4000),
});
export type ActionContent = z.infer<typeof ActionContent>;

export const RiskContent = z.object({
  text: text(1000, 'validation.riskTextMissing'),
  owner: text(200),
  qualityAreas: z.array(z.string()),
  inherent: Assessment.nullable(),
  residual: Assessment.nullable(),
  controls: z.array(ControlContent),
  actions: z.array(ActionContent),
});
export type RiskContent = z.infer<typeof RiskContent>;

export const ProcessContent = z.object({
  name: text(200, 'validation.processNameMissing'),
  group: ProcessGroup,
  responsibleTeam: text(200),
  risks: z.array(RiskContent),
});
export type ProcessContent = z.infer<typeof ProcessContent>;

export const PlanMeta = z.object({
  diarienummer: text(60),
  adoptedOn: IsoDate.nullable(),
  decisionBody: text(200),
  processOwner: text(200),
});
export type PlanMeta = z.infer<typeof PlanMeta>;

/**
 * The whole of a plan without ids: what a spreadsheet import yields, what an export
 * writes and what a year rollover copies.
 */
export const PlanContent = z.object({
  meta: PlanMeta,
  qualityAreas: z.array(text(100, 'validation.qualityAreaNameMissing')).min(1, keyed('validation.qualityAreasMissing')),
  improvementAreas: z.array(text(1000, 'validation.improvementAreaEmpty')),
  matrix: RiskMatrix,
  processes: z.array(ProcessContent),
});
export type PlanContent = z.infer<typeof PlanContent>;
