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

type Cell = Omit<MonthCell, 'process'> & { processId: string | null };

/**
 * The register grouped by month in one pass over the covering index reports_compilation:
 * the database hands back at most a few thousand cells, whether the year holds 40
 * reports or 50 000. Processes and areas are named afterwards from their few rows.
 */
function monthCells(db: AppDatabase, planIds: string[], settings: ReportSettings): Cell[] {
  const limit = limitOf(settings, (row) => row.limitDays);
  const feedbackLimit = limitOf(settings, (row) => row.feedbackDays ?? row.limitDays);
  return db.all<Cell>(sql`
    SELECT ${YEAR_MONTH},
           r.kind AS kind,
           r.category_id AS categoryId,
           r.process_id AS processId,
           count(*) AS received,
           sum(r.investigated_on IS NOT NULL) AS investigated,
           sum(r.investigated_on IS NOT NULL AND ${days('investigated_on')} <= ${limit}) AS investigatedWithin,
           sum(${SENDER}) AS feedbackExpected,
           sum(${SENDER} AND r.feedback_on IS NOT NULL) AS feedbackGiven,
           sum(${SENDER} AND r.feedback_on IS NOT NULL AND ${days('feedback_on')} <= ${feedbackLimit}) AS feedbackWithin,
           sum(coalesce(r.serious, 0)) AS serious,
           sum(r.ivo_reported_on IS NOT NULL) AS reportedToIvo
    FROM reports r
    WHERE r.plan_id IN (${inPlans(planIds)})
    GROUP BY r.plan_id, r.kind, r.category_id, r.process_id, year, month`);
}

function areaCells(db: AppDatabase, planIds: string[]): (Omit<AreaMonthCell, 'area'> & { areaId: string })[] {
  return db.all(sql`
    SELECT ${YEAR_MONTH}, r.kind AS kind, ra.quality_area_id AS areaId, count(*) AS received
    FROM report_quality_areas ra
    JOIN reports r ON r.id = ra.report_id
    WHERE r.plan_id IN (${inPlans(planIds)})
    GROUP BY r.kind, ra.quality_area_id, year, month`);
}

function openReports(db: AppDatabase, planId: string, settings: ReportSettings, today: string): OpenReports[] {
  return db.all<OpenReports>(sql`
    SELECT r.kind AS kind, count(*) AS open, sum(julianday(${today}) - julianday(r.received_on) > ${limitOf(settings, (row) => row.limitDays)}) AS overdue
    FROM reports r
    WHERE r.plan_id = ${planId} AND r.status <> 'avslutad'
    GROUP BY r.kind`);
}

/** The plan's compilation, compared with the unit's plan of the year before when there is one. */
export function compileForPlan(db: AppDatabase, planId: string, periodKind: PeriodKind, today: string): Compilation {
  const plan = planRow(db, planId);
  const previous = db.select({ id: plans.id }).from(plans).where(and(eq(plans.unitId, plan.unitId), eq(plans.year, plan.year - 1))).get();
  const planIds = previous ? [plan.id, previous.id] : [plan.id];
  const settings = loadSettings(db, plan.unitId);
  const processNames = new Map(db.select({ id: processes.id, name: processes.name }).from(processes).where(inArray(processes.planId, planIds)).all().map((row) => [row.id, row.name]));
  const areaNames = new Map(db.select({ id: qualityAreas.id, name: qualityAreas.name }).from(qualityAreas).where(inArray(qualityAreas.planId, planIds)).all().map((row) => [row.id, row.name]));
  return compileReports({
    planId,
    year: plan.year,
    periodKind,
    today,
    cells: monthCells(db, planIds, settings)
      .filter((cell) => REPORT_KINDS.includes(cell.kind))
      .map(({ processId, ...cell }) => ({ ...cell, process: processId === null ? null : (processNames.get(processId) ?? null) })),
    areaCells: areaCells(db, planIds).map(({ areaId, ...cell }) => ({ ...cell, area: areaNames.get(areaId) ?? '' })),
    categories: listCategories(db, plan.unitId),
    open: openReports(db, planId, settings, today),
  });
}
