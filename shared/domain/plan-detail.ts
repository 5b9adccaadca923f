import { z } from 'zod';
import { RiskMatrix } from '../risk-matrix/matrix';
import { Id, Timestamp } from './ids';
import { ActionContent, ControlContent, PlanMeta, ProcessContent, RiskContent } from './plan-content';
import { PlanStatus } from './plan-enums';
import { Plan } from './plan';

export const ControlDetail = ControlContent.extend({ id: Id });
export type ControlDetail = z.infer<typeof ControlDetail>;

export const ActionDetail = ActionContent.extend({ id: Id, carriedFromActionId: Id.nullable() });
export type ActionDetail = z.infer<typeof ActionDetail>;

export const RiskDetail = RiskContent.omit({ qualityAreas: true, controls: true, actions: true }).extend({
  id: Id,
  processId: Id,
  qualityAreaIds: z.array(Id),
  controls: z.array(ControlDetail),
  actions: z.array(ActionDetail),
});
export type RiskDetail = z.infer<typeof RiskDetail>;

export const ProcessDetail = ProcessContent.omit({ risks: true }).extend({ id: Id, risks: z.array(RiskDetail) });
export type ProcessDetail = z.infer<typeof ProcessDetail>;

/** A plan with everything in it, as the renderer edits it. */
export const PlanDetail = Plan.extend({
  meta: PlanMeta,
  status: PlanStatus,
  statusChangedBy: z.string().nullable(),
  statusChangedAt: Timestamp.nullable(),
  carriedFromPlanId: Id.nullable(),
  qualityAreas: z.array(z.object({ id: Id, name: z.string() })),
  improvementAreas: z.array(z.object({ id: Id, text: z.string() })),
  matrix: RiskMatrix,
  processes: z.array(ProcessDetail),
});
export type PlanDetail = z.infer<typeof PlanDetail>;

export const HistoryEntry = z.object({
  id: Id,
  at: Timestamp,
  actor: z.string(),
  entity: z.string(),
  entityId: z.string(),
  entityLabel: z.string(),
  field: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;
