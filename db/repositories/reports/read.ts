import { and, asc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { elapsedDays, isOverdue } from '../../../shared/reports/elapsed';
import type { ReportChannel, ReportKind, ReportStatus } from '../../../shared/reports/kinds';
import type { LinkedAction, LinkedRisk, ReportDetail, ReportFilter, ReportSummary } from '../../../shared/reports/report';
import { settingsOf } from '../../../shared/reports/settings';
import type { ActionStatus } from '../../../shared/domain/plan-enums';
import type { AppDatabase } from '../../connection';
import { actions, plans, processes, reportActions, reportCategories, reportQualityAreas, reportRisks, reports, risks } from '../../schema';
import { reportRow } from './guard';
import { loadSettings } from './settings';

type ReportRow = typeof reports.$inferSelect;

/** The texts the register's search looks in. */
const searchable = (row: ReportRow) =>
  [row.subject, row.description, row.caseRef, row.findings, row.cause, row.conclusion, row.investigatedBy, row.feedbackHow, row.ivoReference].join('\n').toLocaleLowerCase('sv');

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** The report rows of a plan with what a list shows beside them, read in a few set-wise queries. */
function summaries(db: AppDatabase, planId: string, where: SQL[], today: string, only?: string): (ReportSummary & { row: ReportRow })[] {
  const plan = db.select({ unitId: plans.unitId }).from(plans).where(eq(plans.id, planId)).get();
  if (!plan) return [];
  const settings = loadSettings(db, plan.unitId);
  const rows = db
    .select({ report: reports, categoryName: reportCategories.name, processName: processes.name })
    .from(reports)
    .leftJoin(reportCategories, eq(reports.categoryId, reportCategories.id))
    .leftJoin(processes, eq(reports.processId, processes.id))
    .where(and(eq(reports.planId, planId), ...where))
    .orderBy(asc(reports.receivedOn), asc(reports.createdAt), asc(reports.id))
    .all();
  // One report's details need its own links only, not the whole register's.
  const ofPlan = only ? sql`${reports.id} = ${only}` : sql`${reports.planId} = ${planId}`;
  const areas = groupBy(
    db.select({ reportId: reportQualityAreas.reportId, areaId: reportQualityAreas.qualityAreaId }).from(reportQualityAreas).innerJoin(reports, eq(reportQualityAreas.reportId, reports.id)).where(ofPlan).all(),
    (row) => row.reportId,
  );
  const counted = (table: typeof reportActions | typeof reportRisks) =>
    new Map(
      db
        .select({ reportId: table.reportId, n: sql<number>`count(*)` })
        .from(table)
        .innerJoin(reports, eq(table.reportId, reports.id))
        .where(ofPlan)
        .groupBy(table.reportId)
        .all()
        .map((row) => [row.reportId, row.n]),
    );
  const actionCounts = counted(reportActions);
  const riskCounts = counted(reportRisks);
  return rows.map(({ report, categoryName, processName }) => {
    const kind = report.kind as ReportKind;
    const status = report.status as ReportStatus;
    const elapsed = elapsedDays(report.receivedOn, report.closedOn, today);
    return {
      row: report,
      id: report.id,
      planId: report.planId,
      receivedOn: report.receivedOn,
      kind,
      categoryId: report.categoryId,
      categoryName,
      channel: report.channel as ReportChannel | null,
      status,
      subject: report.subject,
      caseRef: report.caseRef,
      processId: report.processId,
      processName,
      qualityAreaIds: (areas.get(report.id) ?? []).map((area) => area.areaId).sort(),
      serious: report.serious,
      ivoReportedOn: report.ivoReportedOn,
      closedOn: report.closedOn,
      actionCount: actionCounts.get(report.id) ?? 0,
      riskCount: riskCounts.get(report.id) ?? 0,
      elapsedDays: elapsed,
      overdue: isOverdue(status, elapsed, settingsOf(settings, kind).limitDays),
    };
  });
}

export function listReports(db: AppDatabase, planId: string, filter: ReportFilter, today: string): ReportSummary[] {
  const where: SQL[] = [];
  if (filter.kind) where.push(eq(reports.kind, filter.kind));
  if (filter.categoryId) where.push(eq(reports.categoryId, filter.categoryId));
  if (filter.status) where.push(eq(reports.status, filter.status));
  if (filter.processId) where.push(eq(reports.processId, filter.processId));
  if (filter.from) where.push(gte(reports.receivedOn, filter.from));
  if (filter.to) where.push(lte(reports.receivedOn, filter.to));
  if (filter.qualityAreaId) {
    where.push(inArray(reports.id, db.select({ id: reportQualityAreas.reportId }).from(reportQualityAreas).where(eq(reportQualityAreas.qualityAreaId, filter.qualityAreaId))));
  }
  const words = filter.search?.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean) ?? [];
  return summaries(db, planId, where, today)
    .filter((report) => !filter.overdue || report.overdue)
    .filter((report) => words.length === 0 || words.every((word) => searchable(report.row).includes(word)))
    .map(({ row: _row, ...summary }) => summary);
}

function linkedActions(db: AppDatabase, reportId: string): LinkedAction[] {
  return db
    .select({ id: actions.id, riskId: actions.riskId, text: actions.text, owner: actions.owner, dueDate: actions.dueDate, status: actions.status })
    .from(reportActions)
    .innerJoin(actions, eq(reportActions.actionId, actions.id))
    .where(eq(reportActions.reportId, reportId))
    .orderBy(asc(actions.text))
    .all()
    .map((action) => ({ ...action, status: action.status as ActionStatus }));
}

function linkedRisks(db: AppDatabase, reportId: string): LinkedRisk[] {
  return db
    .select({ id: risks.id, processId: risks.processId, processName: processes.name, text: risks.text })
    .from(reportRisks)
    .innerJoin(risks, eq(reportRisks.riskId, risks.id))
    .innerJoin(processes, eq(risks.processId, processes.id))
    .where(eq(reportRisks.reportId, reportId))
    .orderBy(asc(processes.position), asc(risks.position))
    .all();
}

export function loadReport(db: AppDatabase, id: string, today: string): ReportDetail {
  const row = reportRow(db, id);
  const [summary] = summaries(db, row.planId, [eq(reports.id, id)], today, id);
  const { row: report, ...rest } = summary!;
  return {
    ...rest,
    anonymous: report.anonymous,
    description: report.description,
    findings: report.findings,
    cause: report.cause,
    conclusion: report.conclusion,
    investigatedBy: report.investigatedBy,
    investigatedOn: report.investigatedOn,
    feedbackOn: report.feedbackOn,
    feedbackHow: report.feedbackHow,
    ivoReference: report.ivoReference,
    createdAt: report.createdAt,
    updatedAt: report.updatedAt,
    createdBy: report.createdBy,
    actions: linkedActions(db, id),
    risks: linkedRisks(db, id),
  };
}
