import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PeriodKind } from '../../../shared/results/periods';
import { compileReports } from '../../../shared/reports/compile';
import type { AreaMonthCell, Compilation, MonthCell, OpenReports } from '../../../shared/reports/compilation';
import { REPORT_KINDS } from '../../../shared/reports/kinds';
import type { ReportSettings } from '../../../shared/reports/settings';
import type { AppDatabase } from '../../connection';
import { plans, processes, qualityAreas } from '../../schema';
import { listCategories } from './categories';
import { planRow } from './guard';
import { loadSettings } from './settings';

/** The kind's limit as an expression over the row: a CASE reads from the index alone, a joined table would not. */
function limitOf(settings: ReportSettings, pick: (row: ReportSettings[number]) => number) {
  const branches = settings.map((row) => sql`WHEN ${row.kind} THEN ${pick(row)}`);
  return sql`(CASE r.kind ${sql.join(branches, sql` `)} END)`;
}

const SENDER = sql`r.kind IN ('klagomal', 'synpunkt') AND r.anonymous = 0`;
const days = (to: string) => sql.raw(`julianday(r.${to}) - julianday(r.received_on)`);
const inPlans = (planIds: string[]) => sql.join(planIds.map((id) => sql`${id}`), sql`, `);
const YEAR_MONTH = sql.raw(`CAST(substr(r.received_on, 1, 4) AS INTEGER) AS year, CAST(substr(r.received_on, 6, 2) AS INTEGER) AS month`);

/** A month cell as the query answers it: the process by id, and the plan's own reports still open. */
type Cell = Omit<MonthCell, 'process'> & { processId: string | null; open: number; overdue: number };

/**
 * The register grouped by month in one pass over the covering index reports_compilation:
 * the database hands back at most a few thousand cells, whether the year holds 40
 * reports or 50 000, and counts the open ones on the way. Processes and areas are named
 * afterwards from their few rows.
 */
function monthCells(db: AppDatabase, planId: string, planIds: string[], settings: ReportSettings, today: string): Cell[] {
  const limit = limitOf(settings, (row) => row.limitDays);
  const open = sql`r.plan_id = ${planId} AND r.status <> 'avslutad'`;
  const feedbackLimit = limitOf(settings, (row) => row.feedbackDays ?? row.limitDays);
  // By day first, which follows the index's order and needs no sort; only the day rows, not every report, are sorted into months.
  return db.all<Cell>(sql`
    SELECT ${YEAR_MONTH}, r.kind AS kind, r.category_id AS categoryId, r.process_id AS processId,
           sum(received) AS received, sum(investigated) AS investigated, sum(investigatedWithin) AS investigatedWithin,
           sum(feedbackExpected) AS feedbackExpected, sum(feedbackGiven) AS feedbackGiven, sum(feedbackWithin) AS feedbackWithin,
           sum(serious) AS serious, sum(reportedToIvo) AS reportedToIvo, sum(open) AS open, sum(overdue) AS overdue
    FROM (
      SELECT r.plan_id, r.kind, r.category_id, r.process_id, r.received_on,
             count(*) AS received,
             sum(r.investigated_on IS NOT NULL) AS investigated,
             sum(r.investigated_on IS NOT NULL AND ${days('investigated_on')} <= ${limit}) AS investigatedWithin,
             sum(${SENDER}) AS feedbackExpected,
             sum(${SENDER} AND r.feedback_on IS NOT NULL) AS feedbackGiven,
             sum(${SENDER} AND r.feedback_on IS NOT NULL AND ${days('feedback_on')} <= ${feedbackLimit}) AS feedbackWithin,
             sum(coalesce(r.serious, 0)) AS serious,
             sum(r.ivo_reported_on IS NOT NULL) AS reportedToIvo,
             sum(${open}) AS open,
             sum(${open} AND julianday(${today}) - julianday(r.received_on) > ${limit}) AS overdue
      FROM reports r
      WHERE r.plan_id IN (${inPlans(planIds)})
      GROUP BY r.plan_id, r.kind, r.category_id, r.process_id, r.received_on
    ) r
    GROUP BY r.plan_id, r.kind, r.category_id, r.process_id, year, month`);
}

function areaCells(db: AppDatabase, planIds: string[]): (Omit<AreaMonthCell, 'area'> & { areaId: string })[] {
  return db.all(sql`
    SELECT ${YEAR_MONTH}, r.kind AS kind, ra.quality_area_id AS areaId, count(*) AS received
    FROM report_quality_areas ra
    CROSS JOIN reports r ON r.id = ra.report_id
    WHERE r.plan_id IN (${inPlans(planIds)})
    GROUP BY r.kind, ra.quality_area_id, year, month`);
}

/** The plan's compilation, compared with the unit's plan of the year before when there is one. */
export function compileForPlan(db: AppDatabase, planId: string, periodKind: PeriodKind, today: string): Compilation {
  const plan = planRow(db, planId);
  const previous = db.select({ id: plans.id }).from(plans).where(and(eq(plans.unitId, plan.unitId), eq(plans.year, plan.year - 1))).get();
  const planIds = previous ? [plan.id, previous.id] : [plan.id];
  const settings = loadSettings(db, plan.unitId);
  const processNames = new Map(db.select({ id: processes.id, name: processes.name }).from(processes).where(inArray(processes.planId, planIds)).all().map((row) => [row.id, row.name]));
  const areaNames = new Map(db.select({ id: qualityAreas.id, name: qualityAreas.name }).from(qualityAreas).where(inArray(qualityAreas.planId, planIds)).all().map((row) => [row.id, row.name]));
  const cells = monthCells(db, planId, planIds, settings, today);
  const open: OpenReports[] = REPORT_KINDS.map((kind) => ({ kind, open: 0, overdue: 0 }));
  for (const cell of cells) {
    const row = open.find((candidate) => candidate.kind === cell.kind);
    if (row) {
      row.open += cell.open;
      row.overdue += cell.overdue;
    }
  }
  return compileReports({
    planId,
    year: plan.year,
    periodKind,
    today,
    cells: cells
      .filter((cell) => REPORT_KINDS.includes(cell.kind))
      .map(({ processId, open: _open, overdue: _overdue, ...cell }) => ({ ...cell, process: processId === null ? null : (processNames.get(processId) ?? null) })),
    areaCells: areaCells(db, planIds).map(({ areaId, ...cell }) => ({ ...cell, area: areaNames.get(areaId) ?? '' })),
    categories: listCategories(db, plan.unitId),
    open,
  });
}
