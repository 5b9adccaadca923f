import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { needsControl } from '../../../../shared/risk-matrix/grid';
import type { Assessment, RiskMatrix } from '../../../../shared/risk-matrix/matrix';

export type Stage = 'inherent' | 'residual';

export const otherStage = (stage: Stage): Stage => (stage === 'inherent' ? 'residual' : 'inherent');

/** One risk as the matrix screen shows it; `number` is its place in the plan and never changes with a filter. */
export interface RiskEntry {
  id: string;
  number: number;
  text: string;
  processId: string;
  processName: string;
  qualityAreaIds: readonly string[];
  inherent: Assessment | null;
  residual: Assessment | null;
  controlCount: number;
}

export interface RiskFilter {
  processId: string | null;
  qualityAreaId: string | null;
}

/** Every risk of the plan in plan order (process by process), numbered from 1. */
export function riskEntries(detail: PlanDetail): RiskEntry[] {
  return detail.processes.flatMap((process) => process.risks.map((risk) => ({ risk, process }))).map(({ risk, process }, index) => ({
    id: risk.id,
    number: index + 1,
    text: risk.text,
    processId: process.id,
    processName: process.name,
    qualityAreaIds: risk.qualityAreaIds,
    inherent: risk.inherent,
    residual: risk.residual,
    controlCount: risk.controls.length,
  }));
}

export function filterEntries(entries: readonly RiskEntry[], filter: RiskFilter): RiskEntry[] {
  return entries.filter(
    (entry) =>
      (filter.processId === null || entry.processId === filter.processId) &&
      (filter.qualityAreaId === null || entry.qualityAreaIds.includes(filter.qualityAreaId)),
  );
}

export function cellKey(cell: Assessment): string {
  return `${cell.likelihood}-${cell.consequence}`;
}

/** The risks whose assessment at this stage lies in each cell, in number order. */
export function entriesByCell(entries: readonly RiskEntry[], stage: Stage): Map<string, RiskEntry[]> {
  const cells = new Map<string, RiskEntry[]>();
  for (const entry of entries) {
    const assessment = entry[stage];
    if (!assessment) continue;
    const key = cellKey(assessment);
    cells.set(key, [...(cells.get(key) ?? []), entry]);
  }
  return cells;
}

/** At or over the threshold before any measure, and nothing in the plan checks it. */
export function lacksControl(matrix: RiskMatrix, entry: RiskEntry): boolean {
  return entry.controlCount === 0 && needsControl(matrix, entry.inherent);
}

export function sameCell(a: Assessment | null, b: Assessment | null): boolean {
  return a !== null && b !== null && a.likelihood === b.likelihood && a.consequence === b.consequence;
}
