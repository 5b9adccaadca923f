import { asc, eq, sql } from 'drizzle-orm';
import type { ImportedFrom, UnitControl, UnitFigures } from '../../../shared/comparison';
import { figureUnit } from '../../../shared/comparison/figure-unit';
import type { PlanDetail } from '../../../shared/domain/plan-detail';
import type { PlanResults } from '../../../shared/results/control-results';
import type { AppDatabase } from '../../connection';
import { importedBundles, plans, units } from '../../schema';
import { loadPlanDetail } from '../plan/detail';
import { definitionKey } from '../results/plan-controls';
import { planResults } from '../results/results';
import { unitReports } from './unit-reports';

/** Each control of the plan with its whole-year figure from the results code, in the plan's order. */
function controlsOf(detail: PlanDetail, results: PlanResults, areaName: (id: string) => string): UnitControl[] {
  const byId = new Map(results.controls.map((control) => [control.controlId, control]));
  return detail.processes.flatMap((process) =>
    process.risks.flatMap((risk) =>
      risk.controls.map((control) => {
        const figures = byId.get(control.id)!;
        const year = figures.periods[0] ?? null;
        return {
          controlId: control.id,
          matchKey: definitionKey(control.definition),
          definition: control.definition,
          processName: process.name,
          qualityAreas: risk.qualityAreaIds.map(areaName),
          targetValue: control.targetValue,
          targetDirection: control.targetDirection,
          tolerance: control.tolerance,
          unit: figureUnit(control.targetUnit, figures.aggregation),
          value: year?.value ?? null,
          status: year?.status ?? 'none',
          source: year?.source ?? null,
        };
      }),
    ),
  );
}

function unitFigures(db: AppDatabase, planId: string, origin: UnitFigures['origin'], importedFrom: ImportedFrom | null): UnitFigures {
  const detail = loadPlanDetail(db, planId);
  const areaNames = new Map(detail.qualityAreas.map((area) => [area.id, area.name]));
  const areaName = (id: string) => areaNames.get(id) ?? '';
  const risks = detail.processes.flatMap((process) => process.risks);
  return {
    unitId: detail.unitId,
    unitName: detail.unitName,
    origin,
    importedFrom,
    planId,
    planTitle: detail.title,
    planStatus: detail.status,
    matrix: detail.matrix,
    qualityAreas: detail.qualityAreas.map((area) => area.name),
    controls: controlsOf(detail, planResults(db, planId, 'year'), areaName),
    risks: risks.map((risk) => ({ qualityAreas: risk.qualityAreaIds.map(areaName), inherent: risk.inherent, residual: risk.residual })),
    actions: risks.flatMap((risk) => risk.actions.map((action) => ({ status: action.status, qualityAreas: risk.qualityAreaIds.map(areaName) }))),
    reports: unitReports(db, planId),
  };
}

export interface YearFigures {
  figures: UnitFigures[];
  unitsWithoutPlan: string[];
}

/** Every unit's plan of the year, local and imported alike, with which bundle an imported one came from. */
export function yearFigures(db: AppDatabase, year: number): YearFigures {
  const planned = db
    .select({ planId: plans.id, unitId: units.id, origin: units.origin })
    .from(plans)
    .innerJoin(units, eq(plans.unitId, units.id))
    .where(eq(plans.year, year))
    .orderBy(asc(sql`lower(${units.name})`))
    .all();
  const bundles = new Map(
    db
      .select({ unitId: importedBundles.unitId, exportedAt: importedBundles.exportedAt, importedAt: importedBundles.importedAt, fileName: importedBundles.fileName })
      .from(importedBundles)
      .where(eq(importedBundles.year, year))
      .all()
      .map(({ unitId, ...bundle }) => [unitId, bundle]),
  );
  const withPlan = new Set(planned.map((row) => row.unitId));
  return {
    figures: planned.map((row) => unitFigures(db, row.planId, row.origin, row.origin === 'imported' ? (bundles.get(row.unitId) ?? null) : null)),
    unitsWithoutPlan: db
      .select({ id: units.id, name: units.name })
      .from(units)
      .all()
      .filter((unit) => !withPlan.has(unit.id))
      .map((unit) => unit.name),
  };
}
