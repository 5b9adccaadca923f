import { actionStatusRows } from './action-statuses';
import { controlRows, statusCountsOf } from './control-rows';
import { inArea, nameKey, qualityAreaNames } from './names';
import { reportComparison } from './report-rows';
import { currentLevelIndex, riskLevelRows } from './risk-levels';
import type { UnitFigures } from './unit-figures';
import type { ComparedUnit, YearComparison } from './year-comparison';

export interface CompareOptions {
  year: number;
  /** A quality area's name in any case; null or blank compares everything. */
  qualityArea?: string | null;
  /** Names of the units that have no plan for the year. */
  unitsWithoutPlan?: readonly string[];
}

const byName = (a: { unitName: string }, b: { unitName: string }) => a.unitName.localeCompare(b.unitName, 'sv');

/**
 * Every unit's plan of the year side by side: each control's whole-year result against
 * the unit's own target, risks per level, actions per status, reports per kind and category. With a quality area chosen,
 * only controls, risks and actions under a risk tagged with it count, and a unit whose
 * plan lacks the area shows empty cells rather than zeros.
 */
export function compareUnits(figures: readonly UnitFigures[], options: CompareOptions): YearComparison {
  const units = [...figures].sort(byName);
  const qualityAreas = qualityAreaNames(units);
  const wanted = options.qualityArea?.trim() ? nameKey(options.qualityArea) : null;
  const inView = units.map((unit) => inArea(unit.qualityAreas, wanted));
  const visible = <T extends { qualityAreas: readonly string[] }>(items: readonly T[], index: number): T[] | null =>
    inView[index] ? items.filter((item) => inArea(item.qualityAreas, wanted)) : null;

  const controlsOf = units.map((unit, index) => visible(unit.controls, index) ?? []);
  const risksOf = units.map((unit, index) => visible(unit.risks, index));
  const actionsOf = units.map((unit, index) => visible(unit.actions, index));
  const controls = controlRows(controlsOf);

  const compared: ComparedUnit[] = units.map((unit, index) => {
    const statusCounts = statusCountsOf(controls, index);
    const risks = risksOf[index] ?? [];
    return {
      unitId: unit.unitId,
      name: unit.unitName,
      origin: unit.origin,
      importedFrom: unit.importedFrom,
      planId: unit.planId,
      planTitle: unit.planTitle,
      planStatus: unit.planStatus,
      hasQualityArea: inView[index]!,
      controlCount: statusCounts.green + statusCounts.yellow + statusCounts.red + statusCounts.none,
      statusCounts,
      riskCount: risks.length,
      unassessedRisks: risks.filter((risk) => currentLevelIndex(unit.matrix, risk) === null).length,
      actionCount: actionsOf[index]?.length ?? 0,
    };
  });

  return {
    year: options.year,
    qualityArea: wanted === null ? null : (qualityAreas.find((name) => nameKey(name) === wanted) ?? options.qualityArea!.trim()),
    qualityAreas,
    units: compared,
    unitsWithoutPlan: [...(options.unitsWithoutPlan ?? [])].sort((a, b) => a.localeCompare(b, 'sv')),
    controls,
    riskLevels: riskLevelRows(units.map((unit, index) => ({ matrix: unit.matrix, risks: risksOf[index] ?? null }))),
    actionStatuses: actionStatusRows(actionsOf),
    reports: reportComparison(units.map((unit, index) => visible(unit.reports, index))),
  };
}
