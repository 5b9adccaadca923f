import { eq } from 'drizzle-orm';
import type { ActionContent, PlanContent } from '../../../shared/domain/plan-content';
import { AppError } from '../../../shared/errors';
import { RiskMatrix } from '../../../shared/risk-matrix/matrix';
import { improvementAreas, plans, processes, qualityAreas } from '../../schema';
import { insertChild } from './child-entity';
import type { ChangeContext } from './history';
import { insertRisk } from './risks';
import { actionSpec, controlSpec, improvementAreaSpec, processSpec, qualityAreaSpec } from './specs';

/** Plan content where an action may remember the action it was carried over from. */
export type PlanTree = Omit<PlanContent, 'processes'> & {
  processes: Array<
    Omit<PlanContent['processes'][number], 'risks'> & {
      risks: Array<
        Omit<PlanContent['processes'][number]['risks'][number], 'actions'> & {
          actions: Array<ActionContent & { carriedFromActionId?: string | null }>;
        }
      >;
    }
  >;
};

/**
 * Replaces everything in a plan (areas, matrix, processes with their risks, controls
 * and actions) inside an open plan change. Used by spreadsheet import and year rollover.
 */
export function writePlanTree(ctx: ChangeContext, tree: PlanTree): void {
  const { db, planId } = ctx;
  db.delete(processes).where(eq(processes.planId, planId)).run();
  db.delete(qualityAreas).where(eq(qualityAreas.planId, planId)).run();
  db.delete(improvementAreas).where(eq(improvementAreas.planId, planId)).run();
  db.update(plans)
    .set({
      matrix: JSON.stringify(RiskMatrix.parse(tree.matrix)),
      diarienummer: tree.meta.diarienummer,
      adoptedOn: tree.meta.adoptedOn,
      decisionBody: tree.meta.decisionBody,
      processOwner: tree.meta.processOwner,
    })
    .where(eq(plans.id, planId))
    .run();

  const areaIds = new Map<string, string>();
  for (const name of tree.qualityAreas) {
    if (areaIds.has(name.toLowerCase())) continue;
    areaIds.set(name.toLowerCase(), insertChild(ctx, qualityAreaSpec, planId, { name }));
  }
  for (const text of tree.improvementAreas) insertChild(ctx, improvementAreaSpec, planId, { text });

  for (const process of tree.processes) {
    const { risks, ...processFields } = process;
    const processId = insertChild(ctx, processSpec, planId, processFields);
    for (const risk of risks) {
      const qualityAreaIds = risk.qualityAreas.map((name) => {
        const id = areaIds.get(name.toLowerCase());
        if (!id) throw new AppError('VALIDATION', 'plan.unknownQualityArea', { name });
        return id;
      });
      const riskId = insertRisk(ctx, processId, {
        text: risk.text,
        owner: risk.owner,
        qualityAreaIds,
        inherent: risk.inherent,
        residual: risk.residual,
      });
      for (const control of risk.controls) insertChild(ctx, controlSpec, riskId, control);
      for (const { carriedFromActionId, ...action } of risk.actions) {
        insertChild(ctx, actionSpec, riskId, action, { carriedFromActionId: carriedFromActionId ?? null });
      }
    }
  }
}
