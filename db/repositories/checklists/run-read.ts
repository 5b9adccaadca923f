import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { RunContext, RunDetail, RunSummary } from '../../../shared/checklists/run';
import type { AppDatabase } from '../../connection';
import { answers, checklistRuns, checklistTemplateVersions, checklistTemplates, runCases } from '../../schema';
import { planRow } from '../plan/guard';
import { runRow } from './guard';
import { decodeValue } from './item-rows';
import { itemsOfVersion } from './template-read';

export interface RunFilter {
  planId: string;
  templateId?: string;
  from?: string;
  to?: string;
}

function selectSummaries(db: AppDatabase, where: SQL | undefined): RunSummary[] {
  return db
    .select({
      id: checklistRuns.id,
      planId: checklistRuns.planId,
      templateId: checklistTemplates.id,
      templateName: checklistTemplates.name,
      versionId: checklistRuns.versionId,
      version: checklistTemplateVersions.version,
      date: checklistRuns.date,
      context: checklistRuns.context,
      runBy: checklistRuns.runBy,
      team: checklistRuns.team,
      createdAt: checklistRuns.createdAt,
      finishedAt: checklistRuns.finishedAt,
      caseCount: sql<number>`(SELECT count(*) FROM ${runCases} WHERE ${runCases.runId} = ${checklistRuns.id})`,
      answerCount: sql<number>`(SELECT count(*) FROM ${answers} INNER JOIN ${runCases} ON ${runCases.id} = ${answers.caseId} WHERE ${runCases.runId} = ${checklistRuns.id})`,
    })
    .from(checklistRuns)
    .innerJoin(checklistTemplateVersions, eq(checklistRuns.versionId, checklistTemplateVersions.id))
    .innerJoin(checklistTemplates, eq(checklistTemplateVersions.templateId, checklistTemplates.id))
    .where(where)
    .orderBy(desc(checklistRuns.date), desc(checklistRuns.createdAt))
    .all()
    .map((row) => ({ ...row, context: row.context as RunContext }));
}

/** The runs of a plan, newest first, with how many cases and answers each holds. */
export function listRuns(db: AppDatabase, filter: RunFilter): RunSummary[] {
  planRow(db, filter.planId);
  return selectSummaries(
    db,
    and(
      eq(checklistRuns.planId, filter.planId),
      filter.templateId ? eq(checklistTemplates.id, filter.templateId) : undefined,
      filter.from ? gte(checklistRuns.date, filter.from) : undefined,
      filter.to ? lte(checklistRuns.date, filter.to) : undefined,
    ),
  );
}

export function runSummary(db: AppDatabase, runId: string): RunSummary {
  runRow(db, runId);
  return selectSummaries(db, eq(checklistRuns.id, runId))[0]!;
}

/** A run with the items of its own version (never a newer one) and its cases with their answers. */
export function loadRun(db: AppDatabase, runId: string): RunDetail {
  const summary = runSummary(db, runId);
  const caseRows = db.select().from(runCases).where(eq(runCases.runId, runId)).orderBy(asc(runCases.position)).all();
  const answerRows = caseRows.length
    ? db.select().from(answers).where(inArray(answers.caseId, caseRows.map((row) => row.id))).all()
    : [];
  const items = itemsOfVersion(db, summary.versionId);
  const order = new Map(items.map((item, index) => [item.id, index]));
  return {
    ...summary,
    items,
    cases: caseRows.map((row) => ({
      ...row,
      answers: answerRows
        .filter((answer) => answer.caseId === row.id)
        .sort((a, b) => (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0))
        .map((answer) => ({ itemId: answer.itemId, value: decodeValue(answer.value), comment: answer.comment, answeredAt: answer.answeredAt })),
    })),
  };
}
