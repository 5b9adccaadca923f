import { and, asc, eq } from 'drizzle-orm';
import type { ActionContent } from '../../../shared/domain/plan-content';
import type { ActionStatus } from '../../../shared/domain/plan-enums';
import { ActionContent as ActionContentSchema, RiskContent } from '../../../shared/domain/plan-content';
import { reportLabels, type ReportKind, type ReportStatus } from '../../../shared/reports/kinds';
import type { PlanReportLinks, ReportDetail, ReportRef } from '../../../shared/reports/report';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { plans, processes, reportActions, reportRisks, reports, risks, actions } from '../../schema';
import { insertChild } from '../plan/child-entity';
import { planIdOfAction, planIdOfProcess, planIdOfRisk, planRow } from '../plan/guard';
import { changePlan } from '../plan/plan-change';
import { insertRisk } from '../plan/risks';
import { actionSpec } from '../plan/specs';
import { parsed, refused, writableReport } from './guard';
import { loadReport } from './read';

export interface ReportActionInput {
  riskId?: string;
  text: string;
  owner: string;
  dueDate: string | null;
  status?: ActionStatus;
}

export interface ReportRiskInput {
  processId?: string;
  text: string;
  qualityAreaIds: string[];
}

const ActionFields = ActionContentSchema.pick({ text: true, owner: true, dueDate: true, status: true }).extend({ status: ActionContentSchema.shape.status.default('not_started') });
const RiskText = RiskContent.shape.text;

function firstLinkedRisk(db: AppDatabase, reportId: string): string | null {
  return (
    db
      .select({ id: reportRisks.riskId })
      .from(reportRisks)
      .innerJoin(risks, eq(reportRisks.riskId, risks.id))
      .where(eq(reportRisks.reportId, reportId))
      .orderBy(asc(risks.position))
      .get()?.id ?? null
  );
}

const reference = (row: typeof reports.$inferSelect) => `${reportLabels.kind[row.kind as ReportKind].toLowerCase()} ${row.receivedOn}${row.caseRef ? `, ${row.caseRef}` : ''}`;

/**
 * The two ways a report reaches the plan: decided actions become the plan's Åtgärder, and
 * a report that reveals a risk adds one to the risk analysis (or points at one already
 * there). Both links are stored once and read from either side.
 */
export function createReportLinks(db: AppDatabase, clock: Clock) {
  const today = (given?: string) => given ?? clock.now().slice(0, 10);
  const samePlan = (planId: string, otherPlanId: string, key: 'reports.riskOtherPlan' | 'reports.actionOtherPlan' | 'reports.processOtherPlan') => {
    if (planId !== otherPlanId) throw refused(key);
  };
  return {
    /**
     * Allowed while the plan is adopted, like an action from a checklist run: acting on what
     * came in is the year's "act", and the action is written into the plan's history.
     */
    addAction(reportId: string, input: ReportActionInput, actor: string, day?: string): ReportDetail {
      const fields = parsed(ActionFields, input);
      return db.transaction(() => {
        const { row } = writableReport(db, reportId);
        const riskId = input.riskId ?? firstLinkedRisk(db, reportId);
        if (!riskId) throw refused('reports.actionNeedsRisk');
        samePlan(row.planId, planIdOfRisk(db, riskId), 'reports.riskOtherPlan');
        const content: ActionContent = { ...fields, followUp: `Beslutad utifrån ${reference(row)}.` };
        const actionId = insertChild({ db, clock, planId: row.planId, actor }, actionSpec, riskId, content);
        db.insert(reportActions).values({ reportId, actionId }).run();
        db.update(plans).set({ updatedAt: clock.now() }).where(eq(plans.id, row.planId)).run();
        db.update(reports).set({ updatedAt: clock.now() }).where(eq(reports.id, reportId)).run();
        return loadReport(db, reportId, today(day));
      });
    },
    linkAction(reportId: string, actionId: string, linked: boolean, day?: string): ReportDetail {
      return db.transaction(() => {
        const { row } = writableReport(db, reportId);
        samePlan(row.planId, planIdOfAction(db, actionId), 'reports.actionOtherPlan');
        if (linked) db.insert(reportActions).values({ reportId, actionId }).onConflictDoNothing().run();
        else db.delete(reportActions).where(and(eq(reportActions.reportId, reportId), eq(reportActions.actionId, actionId))).run();
        db.update(reports).set({ updatedAt: clock.now() }).where(eq(reports.id, reportId)).run();
        return loadReport(db, reportId, today(day));
      });
    },
    /** A new risk changes the plan's risk analysis, so the plan must be open for edits (a draft) as for any other risk. */
    addRisk(reportId: string, input: ReportRiskInput, actor: string, day?: string): ReportDetail {
      const text = parsed(RiskText, input.text);
      return db.transaction(() => {
        const { row } = writableReport(db, reportId);
        const processId = input.processId ?? row.processId;
        if (!processId) throw refused('reports.riskNeedsProcess');
        samePlan(row.planId, planIdOfProcess(db, processId), 'reports.processOtherPlan');
        const riskId = changePlan(db, clock, row.planId, actor, (ctx) =>
          insertRisk(ctx, processId, { text, owner: '', qualityAreaIds: input.qualityAreaIds, inherent: null, residual: null }),
        );
        db.insert(reportRisks).values({ reportId, riskId }).run();
        db.update(reports).set({ updatedAt: clock.now() }).where(eq(reports.id, reportId)).run();
        return loadReport(db, reportId, today(day));
      });
    },
    linkRisk(reportId: string, riskId: string, linked: boolean, day?: string): ReportDetail {
      return db.transaction(() => {
        const { row } = writableReport(db, reportId);
        samePlan(row.planId, planIdOfRisk(db, riskId), 'reports.riskOtherPlan');
        if (linked) db.insert(reportRisks).values({ reportId, riskId }).onConflictDoNothing().run();
        else db.delete(reportRisks).where(and(eq(reportRisks.reportId, reportId), eq(reportRisks.riskId, riskId))).run();
        db.update(reports).set({ updatedAt: clock.now() }).where(eq(reports.id, reportId)).run();
        return loadReport(db, reportId, today(day));
      });
    },
  };
}

interface RefRow {
  id: string;
  kind: string;
  receivedOn: string;
  subject: string;
  caseRef: string;
  status: string;
}

/** From the plan back to the register: the reports behind each linked action and risk. */
export function planReportLinks(db: AppDatabase, planId: string): PlanReportLinks {
  planRow(db, planId);
  const ref = {
    id: reports.id,
    kind: reports.kind,
    receivedOn: reports.receivedOn,
    subject: reports.subject,
    caseRef: reports.caseRef,
    status: reports.status,
  };
  const asRef = (row: RefRow): ReportRef => ({
    ...row,
    kind: row.kind as ReportKind,
    status: row.status as ReportStatus,
  });
  const ofPlan = eq(reports.planId, planId);
  const byAction = db
    .select({ actionId: reportActions.actionId, ...ref })
    .from(reportActions)
    .innerJoin(reports, eq(reportActions.reportId, reports.id))
    .innerJoin(actions, eq(reportActions.actionId, actions.id))
    .where(ofPlan)
    .orderBy(asc(reports.receivedOn), asc(reports.id))
    .all();
  const byRisk = db
    .select({ riskId: reportRisks.riskId, ...ref })
    .from(reportRisks)
    .innerJoin(reports, eq(reportRisks.reportId, reports.id))
    .innerJoin(risks, eq(reportRisks.riskId, risks.id))
    .innerJoin(processes, eq(risks.processId, processes.id))
    .where(ofPlan)
    .orderBy(asc(reports.receivedOn), asc(reports.id))
    .all();
  const grouped = <K extends 'actionId' | 'riskId'>(rows: (Record<K, string> & RefRow)[], key: K) => {
    const map = new Map<string, ReportRef[]>();
    for (const row of rows) map.set(row[key], [...(map.get(row[key]) ?? []), asRef(row)]);
    return [...map.entries()];
  };
  return {
    actions: grouped(byAction, 'actionId').map(([actionId, list]) => ({ actionId, reports: list })),
    risks: grouped(byRisk, 'riskId').map(([riskId, list]) => ({ riskId, reports: list })),
  };
}
