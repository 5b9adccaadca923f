import type { PlanDetail } from '../../../../shared/domain/plan-detail';

export interface ControlInfo {
  id: string;
  definition: string;
  riskId: string;
  riskText: string;
  processName: string;
}

/** Every control of the plan with the risk and process it belongs to, in the plan's order. */
export function planControls(plan: PlanDetail): ControlInfo[] {
  return plan.processes.flatMap((process) =>
    process.risks.flatMap((risk) =>
      risk.controls.map((control) => ({
        id: control.id,
        definition: control.definition,
        riskId: risk.id,
        riskText: risk.text,
        processName: process.name,
      })),
    ),
  );
}

export interface RiskInfo {
  id: string;
  text: string;
  processName: string;
}

export function planRisks(plan: PlanDetail): RiskInfo[] {
  return plan.processes.flatMap((process) => process.risks.map((risk) => ({ id: risk.id, text: risk.text, processName: process.name })));
}
