import { and, eq, sql, type SQL } from 'drizzle-orm';
import { checkAnswer } from '../../../shared/checklists/answer-value';
import type { AnswerAck } from '../../../shared/checklists/run';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { answers, checklistItems, checklistRuns, plans, runCases, units } from '../../schema';
import { encodeValue, itemFromRow } from './item-rows';

/**
 * The three queries of every answer, prepared once per database: drizzle would otherwise build
 * and SQLite compile each of them again for every answer, which was most of an answer's cost
 * besides the commit itself (npm run bench, README "Prestanda").
 */
function answerQueries(db: AppDatabase) {
  const upsert = (set: Record<string, SQL>) =>
    db
      .insert(answers)
      .values({
        caseId: sql.placeholder('caseId'),
        itemId: sql.placeholder('itemId'),
        value: sql.placeholder('value'),
        comment: sql.placeholder('comment'),
        answeredAt: sql.placeholder('answeredAt'),
      })
      .onConflictDoUpdate({ target: [answers.caseId, answers.itemId], set })
      .prepare();
  const answered = { value: sql`excluded.value`, answeredAt: sql`excluded.answered_at` };
  return {
    caseContext: db
      .select({ versionId: checklistRuns.versionId, status: plans.status, origin: units.origin })
      .from(runCases)
      .innerJoin(checklistRuns, eq(runCases.runId, checklistRuns.id))
      .innerJoin(plans, eq(checklistRuns.planId, plans.id))
      .innerJoin(units, eq(plans.unitId, units.id))
      .where(eq(runCases.id, sql.placeholder('caseId')))
      .prepare(),
    item: db.select().from(checklistItems).where(eq(checklistItems.id, sql.placeholder('itemId'))).prepare(),
    keepComment: upsert(answered),
    replaceComment: upsert({ ...answered, comment: sql`excluded.comment` }),
    setComment: db
      .update(answers)
      .set({ comment: sql`${sql.placeholder('comment')}` })
      .where(and(eq(answers.caseId, sql.placeholder('caseId')), eq(answers.itemId, sql.placeholder('itemId'))))
      .prepare(),
  };
}

type AnswerQueries = ReturnType<typeof answerQueries>;

function caseContext(queries: AnswerQueries, caseId: string) {
  const row = queries.caseContext.get({ caseId });
  if (!row) throw new AppError('NOT_FOUND', 'checklists.caseGone');
  if (row.origin === 'imported') throw new AppError('FORBIDDEN', 'plan.importedUnit');
  if (row.status === 'archived') throw new AppError('LOCKED', 'checklists.answersArchived');
  return row;
}

function itemOfRun(queries: AnswerQueries, itemId: string, versionId: string) {
  const row = queries.item.get({ itemId });
  if (!row || row.versionId !== versionId) {
    throw new AppError('NOT_FOUND', 'checklists.itemNotInRun');
  }
  return itemFromRow(row);
}

/**
 * Each answer is one upsert in its own transaction: when the function returns, the row is
 * committed, and with WAL and synchronous=FULL it survives a crash or a power cut.
 */
export function createAnswerRepository(db: AppDatabase, clock: Clock) {
  const queries = answerQueries(db);
  return {
    /** A comment left out keeps the one already given; an empty comment clears it. */
    answer(caseId: string, itemId: string, value: unknown, comment?: string): AnswerAck {
      return db.transaction(() => {
        const { versionId } = caseContext(queries, caseId);
        const item = itemOfRun(queries, itemId, versionId);
        const checked = checkAnswer(item, value);
        if (!checked.ok) throw new AppError('VALIDATION', checked.key, checked.params as never);
        const answeredAt = clock.now();
        const row = { caseId, itemId, value: encodeValue(checked.value), comment: comment ?? '', answeredAt };
        (comment === undefined ? queries.keepComment : queries.replaceComment).run(row);
        return { caseId, itemId, answeredAt };
      });
    },
    /** A comment on its own never touches the value or answeredAt, so it cannot undo an answer changed just before. */
    comment(caseId: string, itemId: string, comment: string): { caseId: string; itemId: string; comment: string } {
      return db.transaction(() => {
        const { versionId } = caseContext(queries, caseId);
        itemOfRun(queries, itemId, versionId);
        const result = queries.setComment.run({ caseId, itemId, comment });
        if (result.changes === 0) {
          throw new AppError('NOT_FOUND', 'checklists.commentWithoutAnswer');
        }
        return { caseId, itemId, comment };
      });
    },
    clear(caseId: string, itemId: string): { caseId: string; itemId: string; cleared: boolean } {
      return db.transaction(() => {
        caseContext(queries, caseId);
        const result = db.delete(answers).where(and(eq(answers.caseId, caseId), eq(answers.itemId, itemId))).run();
        return { caseId, itemId, cleared: result.changes > 0 };
      });
    },
  };
}

export type AnswerRepository = ReturnType<typeof createAnswerRepository>;
