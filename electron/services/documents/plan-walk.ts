import type { PlanDetail, ProcessDetail, RiskDetail } from '../../../shared/domain/plan-detail';
import type { ControlResults, PlanResults } from '../../../shared/results/control-results';

export interface RiskInPlan {
  process: ProcessDetail;
  risk: RiskDetail;
}

/** Every risk of the plan with its process, in the plan's order. */
export function risksOf(plan: PlanDetail): RiskInPlan[] {
  return plan.processes.flatMap((process) => process.risks.map((risk) => ({ process, risk })));
}

/** The names of the quality areas a risk is tagged with, in the plan's order of areas. */
export function qualityAreaNames(plan: PlanDetail, risk: RiskDetail): string[] {
  const tagged = new Set(risk.qualityAreaIds);
  return plan.qualityAreas.filter((area) => tagged.has(area.id)).map((area) => area.name);
}

/** Results looked up by control id. */
export function resultsByControl(results: PlanResults): Map<string, ControlResults> {
  return new Map(results.controls.map((control) => [control.controlId, control]));
}
