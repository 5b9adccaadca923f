import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import type { SelectGroup } from '../../components/fields';
import { shortLabel } from '../../format';
import { showPlanOnArrival } from '../../results/quality-plan-links';
import { useEditorView } from '../../plan-editor/editor-view';

/** The plan's risks under their processes, for choosing one. */
export function riskGroups(plan: PlanDetail, except: readonly string[] = []): SelectGroup<string>[] {
  return plan.processes
    .map((process) => ({ label: process.name, options: process.risks.filter((risk) => !except.includes(risk.id)).map((risk) => ({ value: risk.id, label: shortLabel(risk.text, 90) })) }))
    .filter((group) => group.options.length > 0);
}

/** The plan's actions under their process and risk, for linking one to a report. */
export function actionGroups(plan: PlanDetail, except: readonly string[]): SelectGroup<string>[] {
  return plan.processes
    .flatMap((process) =>
      process.risks.map((risk) => ({
        label: `${process.name}: ${shortLabel(risk.text, 60)}`,
        options: risk.actions.filter((action) => !except.includes(action.id)).map((action) => ({ value: action.id, label: shortLabel(action.text, 90) })),
      })),
    )
    .filter((group) => group.options.length > 0);
}

/** A link to Kvalitetsplan that lands in the current plan's processes, where the risks and actions are. */
export function openPlanProcesses(): void {
  showPlanOnArrival();
  useEditorView.getState().showTab('processes');
}
