import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { DrillDown } from '../../../shared/results/control-results';
import { periodOf, type PeriodKind } from '../../../shared/results/periods';
import type { AppDatabase } from '../../connection';
import { answers, checklistRuns, checklistTemplateVersions, checklistTemplates, runCases } from '../../schema';
import { decodeValue } from '../checklists/item-rows';
import { planIdOfControl } from '../plan/guard';
import { feedingItem, feedsOf } from './feeds';
import { manualFor, periodResult, talliesByItem } from './figures';
import { manualResultsOf } from './manual';
import { controlsOfPlans } from './plan-controls';

function answerRows(db: AppDatabase, itemIds: string[], from: string, to: string) {
  if (itemIds.length === 0) return [];
  return db
    .select({
      runId: checklistRuns.id,
      date: checklistRuns.date,
      context: checklistRuns.context,
      runBy: checklistRuns.runBy,
      team: checklistRuns.team,
      templateName: checklistTemplates.name,
      version: checklistTemplateVersions.version,
      caseId: runCases.id,
      caseRef: runCases.caseRef,
      casePosition: runCases.position,
      itemId: answers.itemId,
      value: answers.value,
      comment: answers.comment,
      answeredAt: answers.answeredAt,
    })
    .from(answers)
    .innerJoin(runCases, eq(runCases.id, answers.caseId))
    .innerJoin(checklistRuns, eq(checklistRuns.id, runCases.runId))
    .innerJoin(checklistTemplateVersions, eq(checklistTemplateVersions.id, checklistRuns.versionId))
    .innerJoin(checklistTemplates, eq(checklistTemplates.id, checklistTemplateVersions.templateId))
    .where(and(inArray(answers.itemId, itemIds), gte(checklistRuns.date, from), lte(checklistRuns.date, to)))
    .orderBy(asc(checklistRuns.date), asc(checklistRuns.createdAt), asc(runCases.position))
    .all();
}

/** Behind a figure: the runs, cases and answers it was computed from, and any manual result of the period. */
export function drillDown(db: AppDatabase, controlId: string, kind: PeriodKind, periodStart: string): DrillDown {
  const planId = planIdOfControl(db, controlId);
  const control = controlsOfPlans(db, [planId]).find((row) => row.controlId === controlId)!;
  const period = periodOf(periodStart, kind);
  const feed = feedsOf(db, [controlId]).get(controlId);
  const rows = answerRows(db, feed ? [...feed.countedItemIds] : [], period.start, period.end);
  const manual = manualFor(manualResultsOf(db, [controlId]), controlId, period);
  // Counted from the very answers listed, so the figure shown is the one of the rows beside it.
  const tallies = talliesByItem(rows.map((row) => ({ itemId: row.itemId, month: row.date.slice(0, 7), value: decodeValue(row.value), n: 1 })));
  const result = periodResult(control, period, feed, tallies, manual);

  const runs = new Map<string, DrillDown['runs'][number]>();
  for (const row of rows) {
    const run = runs.get(row.runId) ?? { runId: row.runId, date: row.date, context: row.context, runBy: row.runBy, team: row.team, templateName: row.templateName, version: row.version, cases: [] };
    runs.set(row.runId, run);
    let entry = run.cases.find((c) => c.caseId === row.caseId);
    if (!entry) run.cases.push((entry = { caseId: row.caseId, caseRef: row.caseRef, answers: [] }));
    entry.answers.push({ itemId: row.itemId, value: decodeValue(row.value), comment: row.comment, answeredAt: row.answeredAt });
  }
  return {
    controlId,
    period,
    value: result.value,
    status: result.status,
    source: result.source,
    computed: result.computed,
    manual,
    items: (feed?.items ?? [])
      .filter((item) => feed?.countedItemIds.has(item.itemId))
      .map((item) => ({ ...feedingItem(item), kind: item.kind, unit: item.unit })),
    runs: [...runs.values()],
  };
}
