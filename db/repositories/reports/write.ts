import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { ReportDetail, ReportFields, ReportPatch } from '../../../shared/reports/report';
import { ReportFields as ReportFieldsSchema, ReportPatch as ReportPatchSchema } from '../../../shared/reports/report';
import { reportShapeProblem } from '../../../shared/reports/fields';
import type { ReportKind, ReportStatus } from '../../../shared/reports/kinds';
import { checkStatusChange } from '../../../shared/reports/status';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { actions, processes, qualityAreas, reportActions, reportCategories, reportQualityAreas, reports } from '../../schema';
import { materialiseCategories } from './categories';
import { assertReportWork, parsed, refused, writableReport } from './guard';
import { loadReport } from './read';

type ReportRow = typeof reports.$inferSelect;
type Plan = { id: string; unitId: string };

/** What the category, process and areas of a report point at must be the unit's and the plan's own. */
export function checkReferences(db: AppDatabase, clock: Clock, plan: Plan, kind: ReportKind, fields: { categoryId: string | null; processId: string | null; qualityAreaIds?: string[] }): void {
  if (fields.categoryId) {
    materialiseCategories(db, clock, plan.unitId);
    const category = db.select().from(reportCategories).where(eq(reportCategories.id, fields.categoryId)).get();
    if (!category || category.unitId !== plan.unitId) throw refused('reports.categoryNotInUnit');
    if (category.kind !== kind) throw refused('reports.categoryOtherKind', { name: category.name });
  }
  if (fields.processId) {
    const process = db.select({ planId: processes.planId }).from(processes).where(eq(processes.id, fields.processId)).get();
    if (process?.planId !== plan.id) throw refused('reports.processNotInPlan');
  }
  const areaIds = [...new Set(fields.qualityAreaIds ?? [])];
  if (areaIds.length > 0) {
    const known = db.select({ id: qualityAreas.id }).from(qualityAreas).where(and(eq(qualityAreas.planId, plan.id), inArray(qualityAreas.id, areaIds))).all();
    if (known.length !== areaIds.length) throw refused('reports.areaNotInPlan');
  }
}

export function checkShape(row: Pick<ReportRow, 'kind' | 'receivedOn' | 'anonymous' | 'serious' | 'ivoReportedOn' | 'investigatedOn' | 'feedbackOn'>): void {
  const problem = reportShapeProblem({ ...row, kind: row.kind as ReportKind });
  if (problem) throw refused(problem);
}

export function setAreas(db: AppDatabase, reportId: string, areaIds: string[]): void {
  db.delete(reportQualityAreas).where(eq(reportQualityAreas.reportId, reportId)).run();
  for (const qualityAreaId of new Set(areaIds)) db.insert(reportQualityAreas).values({ reportId, qualityAreaId }).run();
}

/** Linked actions that are neither done nor cancelled: a tillsynsärende closes only without any. */
function openActionCount(db: AppDatabase, reportId: string): number {
  return db
    .select({ id: actions.id })
    .from(reportActions)
    .innerJoin(actions, eq(reportActions.actionId, actions.id))
    .where(and(eq(reportActions.reportId, reportId), notInArray(actions.status, ['done', 'cancelled'])))
    .all().length;
}

/**
 * Writes of a report. Each is one transaction, committed before it returns, so a report
 * typed in at the keyboard is on disk after every save.
 */
export function createReportWriter(db: AppDatabase, clock: Clock) {
  const today = (given?: string) => given ?? clock.now().slice(0, 10);
  return {
    create(planId: string, input: ReportFields, actor: string, day?: string): ReportDetail {
      const fields = parsed(ReportFieldsSchema, input);
      return db.transaction(() => {
        const plan = assertReportWork(db, planId);
        checkReferences(db, clock, plan, fields.kind, fields);
        const now = clock.now();
        const { qualityAreaIds, ...columns } = fields;
        const row = { ...columns, id: clock.newId(), planId, status: 'mottagen', createdAt: now, createdBy: actor, updatedAt: now };
        checkShape({ ...row, serious: null, ivoReportedOn: null, investigatedOn: null, feedbackOn: null });
        db.insert(reports).values(row).run();
        setAreas(db, row.id, qualityAreaIds);
        return loadReport(db, row.id, today(day));
      });
    },
    update(id: string, input: ReportPatch, day?: string): ReportDetail {
      const patch = parsed(ReportPatchSchema, input);
      return db.transaction(() => {
        const { row, plan } = writableReport(db, id);
        const { qualityAreaIds, ...columns } = patch;
        const next = { ...row, ...columns };
        checkReferences(db, clock, plan, next.kind as ReportKind, { categoryId: next.categoryId, processId: next.processId, qualityAreaIds });
        checkShape(next);
        db.update(reports).set({ ...columns, updatedAt: clock.now() }).where(eq(reports.id, id)).run();
        if (qualityAreaIds) setAreas(db, id, qualityAreaIds);
        return loadReport(db, id, today(day));
      });
    },
    setStatus(id: string, status: ReportStatus, day?: string): ReportDetail {
      return db.transaction(() => {
        const { row } = writableReport(db, id);
        const check = checkStatusChange(
          { ...row, kind: row.kind as ReportKind, status: row.status as ReportStatus, openActions: openActionCount(db, id) },
          status,
        );
        if (!check.ok) throw refused(check.message.key, check.message.params);
        const closedOn = status === 'avslutad' ? (row.status === 'avslutad' ? row.closedOn : today(day)) : null;
        if (closedOn && closedOn < row.receivedOn) throw refused('reports.closedBeforeReceived');
        db.update(reports).set({ status, closedOn, updatedAt: clock.now() }).where(eq(reports.id, id)).run();
        return loadReport(db, id, today(day));
      });
    },
    /** A report entered by mistake; the plan's actions and risks it led to stay in the plan. */
    remove(id: string, confirm: boolean): { id: string; planId: string } {
      return db.transaction(() => {
        const { row } = writableReport(db, id);
        const links = db.select({ id: reportActions.actionId }).from(reportActions).where(eq(reportActions.reportId, id)).all();
        if (links.length > 0 && !confirm) {
          throw refused('reports.deleteHasActions');
        }
        db.delete(reports).where(eq(reports.id, id)).run();
        return { id, planId: row.planId };
      });
    },
  };
}
