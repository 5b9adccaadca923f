import type { PlanContent } from '../../../../shared/domain/plan-content';
import { swedishLabels } from '../../../../shared/domain/plan-enums';
import type { Assessment } from '../../../../shared/risk-matrix/matrix';
import { AREA_SEPARATOR, type ColumnKey } from './template';

export type CellValue = string | number | null;

export interface LineItem {
  values: Record<ColumnKey, CellValue>;
  inherent: Assessment | null;
  residual: Assessment | null;
  startsProcess: boolean;
}

type Process = PlanContent['processes'][number];
type Risk = Process['risks'][number];

const blank = (text: string): string | null => (text === '' ? null : text);

function processValues(process: Process): Pick<LineItem['values'], 'process' | 'processGroup' | 'responsibleTeam'> {
  return { process: process.name, processGroup: swedishLabels.processGroup[process.group], responsibleTeam: blank(process.responsibleTeam) };
}

function riskValues(risk: Risk | undefined) {
  return {
    risk: risk?.text ?? null,
    riskOwner: blank(risk?.owner ?? ''),
    qualityAreas: blank((risk?.qualityAreas ?? []).join(`${AREA_SEPARATOR} `)),
    likelihood: risk?.inherent?.likelihood ?? null,
    consequence: risk?.inherent?.consequence ?? null,
    residualLikelihood: risk?.residual?.likelihood ?? null,
    residualConsequence: risk?.residual?.consequence ?? null,
  };
}

function controlValues(control: Risk['controls'][number] | undefined) {
  return {
    control: control?.definition ?? null,
    method: control ? swedishLabels.measureMethod[control.method] : null,
    methodDescription: blank(control?.methodDescription ?? ''),
    controlResponsible: blank(control?.responsible ?? ''),
    occasion: blank(control?.occasion ?? ''),
    frequency: control ? swedishLabels.measureFrequency[control.frequency] : null,
    measureKind: control ? swedishLabels.measureKind[control.measureKind] : null,
    targetValue: control?.targetValue ?? null,
    targetUnit: blank(control?.targetUnit ?? ''),
    targetDirection: control ? swedishLabels.targetDirection[control.targetDirection] : null,
    tolerance: control?.tolerance ?? null,
  };
}

function actionValues(action: Risk['actions'][number] | undefined) {
  return {
    action: action?.text ?? null,
    actionOwner: blank(action?.owner ?? ''),
    dueDate: action?.dueDate ?? null,
    status: action ? swedishLabels.actionStatus[action.status] : null,
    followUp: blank(action?.followUp ?? ''),
  };
}

/**
 * The plan as rows of the main table: a risk takes as many rows as it has controls or
 * actions (at least one), row k carrying its k-th control and k-th action, and every
 * row repeats its process and risk so each row can be read, sorted and filtered alone.
 */
export function lineItems(content: PlanContent): LineItem[] {
  const items: LineItem[] = [];
  for (const process of content.processes) {
    const risks: Array<Risk | undefined> = process.risks.length > 0 ? process.risks : [undefined];
    risks.forEach((risk, riskIndex) => {
      const rows = Math.max(1, risk?.controls.length ?? 0, risk?.actions.length ?? 0);
      for (let k = 0; k < rows; k++) {
        items.push({
          values: { ...processValues(process), ...riskValues(risk), ...controlValues(risk?.controls[k]), ...actionValues(risk?.actions[k]) },
          inherent: risk?.inherent ?? null,
          residual: risk?.residual ?? null,
          startsProcess: riskIndex === 0 && k === 0,
        });
      }
    });
  }
  return items;
}
