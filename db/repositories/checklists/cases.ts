import { and, count, eq, sql } from 'drizzle-orm';
import type { RunCase } from '../../../shared/checklists/run';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { answers, runCases } from '../../schema';
import { compactPositions, nextPosition } from '../plan/ordering';
import { assertChecklistWork, caseRow, runRow } from './guard';

const ordered = { table: 'run_cases', parentColumn: 'run_id' };

function assertUniqueRef(db: AppDatabase, runId: string, caseRef: string, exceptId?: string): void {
  const clash = db
    .select({ id: runCases.id })
    .from(runCases)
    .where(and(eq(runCases.runId, runId), sql`lower(${runCases.caseRef}) = lower(${caseRef})`))
    .all()
    .find((row) => row.id !== exceptId);
  if (clash) throw new AppError('CONFLICT', 'checklists.duplicateCase', { caseRef });
}

/** The cases of a run, each under a neutral reference (the schema has already refused personnummer). */
export function createCaseRepository(db: AppDatabase, clock: Clock) {
  return {
    add(runId: string, caseRef: string): RunCase {
      return db.transaction(() => {
        const run = runRow(db, runId);
        assertChecklistWork(db, run.planId);
        assertUniqueRef(db, runId, caseRef);
        const row = { id: clock.newId(), runId, position: nextPosition(db, ordered, runId), caseRef, createdAt: clock.now() };
        db.insert(runCases).values(row).run();
        return { ...row, answers: [] };
      });
    },
    rename(caseId: string, caseRef: string): { id: string; runId: string; caseRef: string } {
      return db.transaction(() => {
        const row = caseRow(db, caseId);
        assertChecklistWork(db, runRow(db, row.runId).planId);
        assertUniqueRef(db, row.runId, caseRef, caseId);
        db.update(runCases).set({ caseRef }).where(eq(runCases.id, caseId)).run();
        return { id: caseId, runId: row.runId, caseRef };
      });
    },
    /** A case with answers goes only when the user has confirmed that the answers go with it. */
    remove(caseId: string, confirmed: boolean): { id: string; runId: string } {
      return db.transaction(() => {
        const row = caseRow(db, caseId);
        assertChecklistWork(db, runRow(db, row.runId).planId);
        const given = db.select({ n: count() }).from(answers).where(eq(answers.caseId, caseId)).get()?.n ?? 0;
        if (given > 0 && !confirmed) {
          throw new AppError('CONFLICT', 'checklists.caseHasAnswers', { caseRef: row.caseRef, count: given });
        }
        db.delete(runCases).where(eq(runCases.id, caseId)).run();
        compactPositions(db, ordered, row.runId);
        return { id: caseId, runId: row.runId };
      });
    },
  };
}

export type CaseRepository = ReturnType<typeof createCaseRepository>;
