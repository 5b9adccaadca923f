import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import type { ActionStatus } from '../../../shared/domain/plan-enums';
import type { OverdueAction, Overview } from '../../../shared/results/overview';
import { periodOf, type PeriodKind } from '../../../shared/results/periods';
import type { AppDatabase } from '../../connection';
import { actions, processes, risks } from '../../schema';
import { listRuns } from '../checklists/run-read';
import { planRow } from '../plan/guard';
import { planResults } from './results';

const DAY = 86_400_000;

function overdueActions(db: AppDatabase, planId: string, today: string): OverdueAction[] {
  return db
    .select({
      id: actions.id,
      text: actions.text,
      owner: actions.owner,
      dueDate: actions.dueDate,
      status: actions.status,
      riskId: risks.id,
      riskText: risks.text,
      processName: processes.name,
    })
    .from(actions)
    .innerJoin(risks, eq(actions.riskId, risks.id))
    .innerJoin(processes, eq(risks.processId, processes.id))
    .where(and(eq(processes.planId, planId), lt(actions.dueDate, today), inArray(actions.status, ['not_started', 'in_progress'])))
    .orderBy(asc(actions.dueDate))
    .all()
    .map((row) => ({
      ...row,
      dueDate: row.dueDate!,
      status: row.status as ActionStatus,
      daysOverdue: Math.round((Date.parse(today) - Date.parse(row.dueDate!)) / DAY),
    }));
}

/**
 * The plan at a glance on a given day. "This period" is the period of `today` when the
 * plan is this year's; for another year's plan it is that year's first or last period.
 */
export function planOverview(db: AppDatabase, planId: string, today: string, kind: PeriodKind): Overview {
  const plan = planRow(db, planId);
  const year = Number(today.slice(0, 4));
  const anchor = year === plan.year ? today : year < plan.year ? `${plan.year}-01-01` : `${plan.year}-12-31`;
  const period = periodOf(anchor, kind);
  const results = planResults(db, planId, null);
  const statusCounts = { green: 0, yellow: 0, red: 0, none: 0 };
  const controls = results.controls.map((control) => {
    // The latest period that has begun by today: a run dated ahead of time does not colour today's overview.
    const latest = [...control.periods].reverse().find((result) => result.value !== null && result.period.start <= today) ?? null;
    const status = latest?.status ?? 'none';
    statusCounts[status]++;
    return { controlId: control.controlId, definition: control.definition, processName: control.processName, status, latest };
  });
  const runs = listRuns(db, { planId, from: period.start, to: period.end });
  return {
    planId,
    year: plan.year,
    today,
    period,
    statusCounts,
    controls,
    overdueActions: overdueActions(db, planId, today),
    runsThisPeriod: {
      count: runs.length,
      cases: runs.reduce((sum, run) => sum + run.caseCount, 0),
      answers: runs.reduce((sum, run) => sum + run.answerCount, 0),
      runs,
    },
  };
}
