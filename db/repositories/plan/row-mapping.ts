import type { Assessment } from '../../../shared/risk-matrix/matrix';
import type { ActionContent, ControlContent } from '../../../shared/domain/plan-content';
import type { actions, controls, risks } from '../../schema';

type RiskRow = typeof risks.$inferSelect;
type ControlRow = typeof controls.$inferSelect;
type ActionRow = typeof actions.$inferSelect;

function assessment(likelihood: number | null, consequence: number | null): Assessment | null {
  return likelihood === null || consequence === null ? null : { likelihood, consequence };
}

export function riskAssessments(row: RiskRow): { inherent: Assessment | null; residual: Assessment | null } {
  return {
    inherent: assessment(row.inherentLikelihood, row.inherentConsequence),
    residual: assessment(row.residualLikelihood, row.residualConsequence),
  };
}

export function assessmentColumns(stage: 'inherent' | 'residual', value: Assessment | null) {
  return stage === 'inherent'
    ? { inherentLikelihood: value?.likelihood ?? null, inherentConsequence: value?.consequence ?? null }
    : { residualLikelihood: value?.likelihood ?? null, residualConsequence: value?.consequence ?? null };
}

export function controlContent(row: ControlRow): ControlContent {
  return {
    definition: row.definition,
    method: row.method as ControlContent['method'],
    methodDescription: row.methodDescription,
    responsible: row.responsible,
    occasion: row.occasion,
    frequency: row.frequency as ControlContent['frequency'],
    measureKind: row.measureKind as ControlContent['measureKind'],
    targetValue: row.targetValue,
    targetUnit: row.targetUnit,
    targetDirection: row.targetDirection,
    tolerance: row.tolerance,
  };
}

export function actionContent(row: ActionRow): ActionContent {
  return {
    text: row.text,
    owner: row.owner,
    dueDate: row.dueDate,
    status: row.status as ActionContent['status'],
    followUp: row.followUp,
  };
}
