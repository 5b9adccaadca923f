import { and, eq } from 'drizzle-orm';
import { checkAnswer } from '../../../shared/checklists/answer-value';
import type { AnswerAck } from '../../../shared/checklists/run';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { answers, checklistItems, checklistRuns, plans, runCases, units } from '../../schema';
import { IMPORTED_UNIT } from '../plan/guard';
import { encodeValue, itemFromRow } from './item-rows';

function caseContext(db: AppDatabase, caseId: string) {
  const row = db
    .select({ versionId: checklistRuns.versionId, status: plans.status, origin: units.origin })
    .from(runCases)
    .innerJoin(checklistRuns, eq(runCases.runId, checklistRuns.id))
    .innerJoin(plans, eq(checklistRuns.planId, plans.id))
    .innerJoin(units, eq(plans.unitId, units.id))
    .where(eq(runCases.id, caseId))
    .get();
  if (!row) throw new AppError('NOT_FOUND', 'Ärendet finns inte längre i genomgången. Ladda om genomgången och försök igen.');
  if (row.origin === 'imported') throw new AppError('FORBIDDEN', IMPORTED_UNIT);
  if (row.status === 'archived') throw new AppError('LOCKED', 'Planen är arkiverad, så svaren i dess genomgångar kan inte ändras.');
  return row;
}

function itemOfRun(db: AppDatabase, itemId: string, versionId: string) {
  const row = db.select().from(checklistItems).where(eq(checklistItems.id, itemId)).get();
  if (!row || row.versionId !== versionId) {
    throw new AppError('NOT_FOUND', 'Frågan hör inte till den här genomgångens checklista. Ladda om genomgången och försök igen.');
  }
  return itemFromRow(row);
}

/**
 * Each answer is one upsert in its own transaction: when the function returns, the row is
 * committed, and with WAL and synchronous=FULL it survives a crash or a power cut.
 */
export function createAnswerRepository(db: AppDatabase, clock: Clock) {
  return {
    /** A comment left out keeps the one already given; an empty comment clears it. */
    answer(caseId: string, itemId: string, value: unknown, comment?: string): AnswerAck {
      return db.transaction(() => {
        const { versionId } = caseContext(db, caseId);
        const item = itemOfRun(db, itemId, versionId);
        const checked = checkAnswer(item, value);
        if (!checked.ok) throw new AppError('VALIDATION', checked.message);
        const answeredAt = clock.now();
        const encoded = encodeValue(checked.value);
        db.insert(answers)
          .values({ caseId, itemId, value: encoded, comment: comment ?? '', answeredAt })
          .onConflictDoUpdate({
            target: [answers.caseId, answers.itemId],
            set: comment === undefined ? { value: encoded, answeredAt } : { value: encoded, comment, answeredAt },
          })
          .run();
        return { caseId, itemId, answeredAt };
      });
    },
    clear(caseId: string, itemId: string): { caseId: string; itemId: string; cleared: boolean } {
      return db.transaction(() => {
        caseContext(db, caseId);
        const result = db.delete(answers).where(and(eq(answers.caseId, caseId), eq(answers.itemId, itemId))).run();
        return { caseId, itemId, cleared: result.changes > 0 };
      });
    },
  };
}

export type AnswerRepository = ReturnType<typeof createAnswerRepository>;
