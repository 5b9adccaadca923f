import { count, eq } from 'drizzle-orm';
import type { RunFields } from '../../../shared/checklists/run';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { answers, checklistRuns, runCases } from '../../schema';
import { planRow } from '../plan/guard';
import { assertChecklistWork, currentVersionRow, runRow, templateRow } from './guard';

function assertDateInPlanYear(db: AppDatabase, planId: string, date: string): void {
  const { year } = planRow(db, planId);
  if (!date.startsWith(`${year}-`)) {
    throw new AppError('VALIDATION', 'checklists.runDateOutsideYear', { date, year });
  }
}

export function answerCountOfRun(db: AppDatabase, runId: string): number {
  return (
    db
      .select({ n: count() })
      .from(answers)
      .innerJoin(runCases, eq(runCases.id, answers.caseId))
      .where(eq(runCases.runId, runId))
      .get()?.n ?? 0
  );
}

/**
 * Runs (genomgångar) are allowed in a draft and in an adopted plan: case reviews happen
 * while the plan is in force. A run always uses the version of the checklist it started with.
 */
export function createRunRepository(db: AppDatabase, clock: Clock) {
  return {
    start(templateId: string, fields: RunFields): string {
      return db.transaction(() => {
        const template = templateRow(db, templateId);
        assertChecklistWork(db, template.planId);
        if (template.archived) throw new AppError('LOCKED', 'checklists.templateArchived', { name: template.name });
        assertDateInPlanYear(db, template.planId, fields.date);
        const id = clock.newId();
        const version = currentVersionRow(db, templateId);
        db.insert(checklistRuns).values({ id, planId: template.planId, versionId: version.id, ...fields, createdAt: clock.now() }).run();
        return id;
      });
    },
    update(id: string, patch: Partial<RunFields>): void {
      db.transaction(() => {
        const run = runRow(db, id);
        assertChecklistWork(db, run.planId);
        if (patch.date) assertDateInPlanYear(db, run.planId, patch.date);
        db.update(checklistRuns).set(patch).where(eq(checklistRuns.id, id)).run();
      });
    },
    /** Marks the run as finished; answers may still be corrected afterwards. */
    finish(id: string): void {
      db.transaction(() => {
        const run = runRow(db, id);
        assertChecklistWork(db, run.planId);
        if (run.finishedAt === null) db.update(checklistRuns).set({ finishedAt: clock.now() }).where(eq(checklistRuns.id, id)).run();
      });
    },
    /** A run holding answers goes only when the user has confirmed that they go with it. */
    remove(id: string, confirmed: boolean): string {
      return db.transaction(() => {
        const run = runRow(db, id);
        assertChecklistWork(db, run.planId);
        const given = answerCountOfRun(db, id);
        if (given > 0 && !confirmed) {
          throw new AppError('CONFLICT', 'checklists.runHasAnswers', { count: given });
        }
        db.delete(checklistRuns).where(eq(checklistRuns.id, id)).run();
        return run.planId;
      });
    },
  };
}

export type RunRepository = ReturnType<typeof createRunRepository>;
