import type { PlanDetail } from '../../../shared/domain/plan-detail';
import { risksLackingControl } from '../plan-editor/risk-flags';

export interface PlanFacts {
  processes: number;
  risks: number;
  controls: number;
  /** Risks at or over the matrix's threshold before any action, with no control yet; null when the matrix has no threshold. */
  lackingControl: number | null;
}

/** The plan's size in four numbers, for the overview. */
export function planFacts(plan: PlanDetail): PlanFacts {
  const risks = plan.processes.flatMap((process) => process.risks);
  return {
    processes: plan.processes.length,
    risks: risks.length,
    controls: risks.reduce((sum, risk) => sum + risk.controls.length, 0),
    lackingControl: plan.matrix.threshold === null ? null : risksLackingControl(plan).length,
  };
}

/** The unit a control's figures are given in, from the plan itself: its target's unit, or % for a share. */
export function controlUnits(plan: PlanDetail): Map<string, string> {
  const units = new Map<string, string>();
  for (const risk of plan.processes.flatMap((process) => process.risks)) {
    for (const control of risk.controls) units.set(control.id, control.targetUnit.trim() || (control.measureKind === 'share' ? '%' : ''));
  }
  return units;
}
