import type { PlanDetail, RiskDetail } from '../../../shared/domain/plan-detail';
import { needsControl } from '../../../shared/risk-matrix/grid';

/** At or over the plan's threshold before any action, and nothing measures it yet. */
export function lacksControl(plan: PlanDetail, risk: RiskDetail): boolean {
  return risk.controls.length === 0 && needsControl(plan.matrix, risk.inherent);
}

export function risksLackingControl(plan: PlanDetail): RiskDetail[] {
  return plan.processes.flatMap((process) => process.risks.filter((risk) => lacksControl(plan, risk)));
}
