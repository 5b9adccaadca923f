import { asc, eq, inArray } from 'drizzle-orm';
import type { PlanDetail, ProcessDetail, RiskDetail } from '../../../shared/domain/plan-detail';
import { RiskMatrix } from '../../../shared/risk-matrix/matrix';
import { defaultMatrix } from '../../../shared/risk-matrix/default-matrix';
import type { AppDatabase } from '../../connection';
import {
  actions,
  controls,
  improvementAreas,
  processes,
  qualityAreas,
  riskQualityAreas,
  risks,
  units,
} from '../../schema';
import { planRow } from './guard';
import { actionContent, controlContent, riskAssessments } from './row-mapping';

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

export function parseStoredMatrix(json: string | null): RiskMatrix {
  return json === null ? defaultMatrix() : RiskMatrix.parse(JSON.parse(json));
}

/** The whole plan in a handful of queries, ordered as the user ordered it. */
export function loadPlanDetail(db: AppDatabase, planId: string): PlanDetail {
  const plan = planRow(db, planId);
  const unit = db.select({ name: units.name }).from(units).where(eq(units.id, plan.unitId)).get();
  const processRows = db.select().from(processes).where(eq(processes.planId, planId)).orderBy(asc(processes.position)).all();
  const processIds = processRows.map((p) => p.id);
  const riskRows = processIds.length
    ? db.select().from(risks).where(inArray(risks.processId, processIds)).orderBy(asc(risks.position)).all()
    : [];
  const riskIds = riskRows.map((r) => r.id);
  const areaLinks = riskIds.length ? db.select().from(riskQualityAreas).where(inArray(riskQualityAreas.riskId, riskIds)).all() : [];
  const controlRows = riskIds.length
    ? db.select().from(controls).where(inArray(controls.riskId, riskIds)).orderBy(asc(controls.position)).all()
    : [];
  const actionRows = riskIds.length
    ? db.select().from(actions).where(inArray(actions.riskId, riskIds)).orderBy(asc(actions.position)).all()
    : [];
  const areas = db.select().from(qualityAreas).where(eq(qualityAreas.planId, planId)).orderBy(asc(qualityAreas.position)).all();
  const areaOrder = new Map(areas.map((area, index) => [area.id, index]));

  const linksByRisk = groupBy(areaLinks, (link) => link.riskId);
  const controlsByRisk = groupBy(controlRows, (row) => row.riskId);
  const actionsByRisk = groupBy(actionRows, (row) => row.riskId);
  const risksByProcess = groupBy(
    riskRows.map(
      (row): RiskDetail => ({
        id: row.id,
        processId: row.processId,
        text: row.text,
        owner: row.owner,
        ...riskAssessments(row),
        qualityAreaIds: (linksByRisk.get(row.id) ?? [])
          .map((link) => link.qualityAreaId)
          .sort((a, b) => (areaOrder.get(a) ?? 0) - (areaOrder.get(b) ?? 0)),
        controls: (controlsByRisk.get(row.id) ?? []).map((c) => ({ id: c.id, ...controlContent(c) })),
        actions: (actionsByRisk.get(row.id) ?? []).map((a) => ({
          id: a.id,
          carriedFromActionId: a.carriedFromActionId,
          ...actionContent(a),
        })),
      }),
    ),
    (risk) => risk.processId,
  );

  return {
    id: plan.id,
    unitId: plan.unitId,
    unitName: unit?.name ?? '',
    year: plan.year,
    title: plan.title,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
    meta: {
      diarienummer: plan.diarienummer,
      adoptedOn: plan.adoptedOn,
      decisionBody: plan.decisionBody,
      processOwner: plan.processOwner,
    },
    status: plan.status,
    statusChangedBy: plan.statusChangedBy,
    statusChangedAt: plan.statusChangedAt,
    carriedFromPlanId: plan.carriedFromPlanId,
    qualityAreas: areas.map(({ id, name }) => ({ id, name })),
    improvementAreas: db
      .select({ id: improvementAreas.id, text: improvementAreas.text })
      .from(improvementAreas)
      .where(eq(improvementAreas.planId, planId))
      .orderBy(asc(improvementAreas.position))
      .all(),
    matrix: parseStoredMatrix(plan.matrix),
    processes: processRows.map(
      (row): ProcessDetail => ({
        id: row.id,
        name: row.name,
        group: row.group,
        responsibleTeam: row.responsibleTeam,
        risks: risksByProcess.get(row.id) ?? [],
      }),
    ),
  };
}
