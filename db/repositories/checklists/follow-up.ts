import { eq } from 'drizzle-orm';
import type { ActionContent } from '../../../shared/domain/plan-content';
import { runContextLabels } from '../../../shared/checklists/run';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { controls, plans } from '../../schema';
import { insertChild } from '../plan/child-entity';
import { planIdOfRisk } from '../plan/guard';
import { actionSpec } from '../plan/specs';
import { assertChecklistWork } from './guard';
import { runReport } from './summary';

export interface FollowUpInput {
  runId: string;
  itemId: string;
  /** The risk the action goes under; by default the risk of the control the item feeds. */
  riskId?: string;
  text?: string;
  owner?: string;
  dueDate?: string | null;
}

function riskOfControl(db: AppDatabase, controlId: string | null): string | null {
  if (!controlId) return null;
  return db.select({ riskId: controls.riskId }).from(controls).where(eq(controls.id, controlId)).get()?.riskId ?? null;
}

/**
 * An action in the plan from a deviation in a run's summary. It is allowed while the plan
 * is adopted, like the runs it comes from: acting on results is the "act" of the year,
 * and the action is recorded in the plan's history like any other.
 */
export function createFollowUpAction(db: AppDatabase, clock: Clock, input: FollowUpInput, actor: string): { actionId: string; riskId: string; planId: string } {
  return db.transaction(() => {
    const report = runReport(db, input.runId);
    assertChecklistWork(db, report.planId);
    const item = report.items.find((candidate) => candidate.itemId === input.itemId);
    if (!item) throw new AppError('NOT_FOUND', 'checklists.followUpItemNotInRun');
    const riskId = input.riskId ?? riskOfControl(db, item.controlId);
    if (!riskId) {
      throw new AppError('VALIDATION', 'checklists.followUpNoControl');
    }
    if (planIdOfRisk(db, riskId) !== report.planId) throw new AppError('VALIDATION', 'checklists.followUpOtherPlan');
    const context = `${runContextLabels[report.context].toLowerCase()} ${report.date}`;
    const text = input.text?.trim() || (item.message ? `Följ upp: ${item.message} (${context}).` : '');
    if (!text) throw new AppError('VALIDATION', 'checklists.followUpNoDeviations');
    const content: ActionContent = { text, owner: input.owner ?? '', dueDate: input.dueDate ?? null, status: 'not_started', followUp: '' };
    const actionId = insertChild({ db, clock, planId: report.planId, actor }, actionSpec, riskId, content);
    db.update(plans).set({ updatedAt: clock.now() }).where(eq(plans.id, report.planId)).run();
    return { actionId, riskId, planId: report.planId };
  });
}
