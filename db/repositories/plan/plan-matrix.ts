import { eq } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import { planMatrixChange, type MatrixChangePlan } from '../../../shared/risk-matrix/impact';
import { RiskMatrix } from '../../../shared/risk-matrix/matrix';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { plans, risks } from '../../schema';
import { loadPlanDetail } from './detail';
import { recordChange } from './history';
import { changePlan } from './plan-change';
import { assessmentColumns } from './row-mapping';

function preview(db: AppDatabase, planId: string, matrix: RiskMatrix): MatrixChangePlan {
  const detail = loadPlanDetail(db, planId);
  const assessed = detail.processes.flatMap((process) => process.risks);
  return planMatrixChange(detail.matrix, RiskMatrix.parse(matrix), assessed);
}

export const noticeableChanges = (plan: MatrixChangePlan) => plan.summary.rescaled + plan.summary.levelChanged;

export function createPlanMatrixRepository(db: AppDatabase, clock: Clock) {
  return {
    preview: (planId: string, matrix: RiskMatrix) => preview(db, planId, matrix),
    /**
     * Stores a new matrix. The caller states how many assessments the user saw change in
     * the preview; if that no longer holds (someone edited meanwhile) nothing is saved,
     * so an assessment never moves without the user having seen it.
     */
    apply(planId: string, matrix: RiskMatrix, confirmedChanges: number, actor: string): void {
      changePlan(db, clock, planId, actor, (ctx) => {
        const plan = preview(db, planId, matrix);
        if (noticeableChanges(plan) !== confirmedChanges) {
          throw new AppError('CONFLICT', 'plan.matrixChangedSincePreview');
        }
        for (const change of plan.changes) {
          if (!change.rescaled) continue;
          recordChange(ctx, {
            entity: 'risk',
            entityId: change.riskId,
            entityLabel: change.text,
            field: change.stage,
            oldValue: change.before.assessment,
            newValue: change.after.assessment,
          });
          db.update(risks).set(assessmentColumns(change.stage, change.after.assessment)).where(eq(risks.id, change.riskId)).run();
        }
        const old = db.select({ matrix: plans.matrix }).from(plans).where(eq(plans.id, planId)).get();
        const next = JSON.stringify(matrix);
        recordChange(ctx, { entity: 'plan', entityId: planId, entityLabel: 'Riskmatris', field: 'matrix', oldValue: old?.matrix ?? null, newValue: next });
        db.update(plans).set({ matrix: next }).where(eq(plans.id, planId)).run();
      });
    },
  };
}
