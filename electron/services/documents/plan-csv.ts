import { swedishLabels } from '../../../shared/domain/plan-enums';
import { levelOf } from '../../../shared/risk-matrix/grid';
import type { Assessment, RiskMatrix } from '../../../shared/risk-matrix/matrix';
import { resultStatusLabels } from '../../../shared/results/status';
import { figureUnit } from '../../../shared/comparison/figure-unit';
import { csvFile, type CsvCell } from './csv';
import { sourceWords } from './status-style';
import type { PlanDocumentsInput } from './documents-input';
import { qualityAreaNames, resultsByControl, risksOf } from './plan-walk';

function assessmentCells(matrix: RiskMatrix, assessment: Assessment | null): CsvCell[] {
  if (!assessment) return [null, null, null];
  return [assessment.likelihood, assessment.consequence, levelOf(matrix, assessment)?.name ?? 'Utanför matrisen'];
}

/** risker.csv: one row per risk with its assessment before and after action. */
export function risksCsv({ plan }: PlanDocumentsInput): Uint8Array {
  const headings = [
    'Process', 'Processgrupp', 'Risk', 'Riskägare', 'Kvalitetsområden',
    'Sannolikhet före', 'Konsekvens före', 'Risknivå före', 'Sannolikhet efter', 'Konsekvens efter', 'Risknivå efter',
  ];
  const rows = risksOf(plan).map(({ process, risk }) => [
    process.name,
    swedishLabels.processGroup[process.group],
    risk.text,
    risk.owner,
    qualityAreaNames(plan, risk).join(', '),
    ...assessmentCells(plan.matrix, risk.inherent),
    ...assessmentCells(plan.matrix, risk.residual),
  ]);
  return csvFile(headings, rows);
}

/** egenkontroller.csv: one row per control with how it is measured, its target and the year's figure. */
export function controlsCsv({ plan, yearResults }: PlanDocumentsInput): Uint8Array {
  const headings = [
    'Process', 'Risk', 'Egenkontroll', 'Mätmetod', 'Beskrivning av mätmetod', 'Ansvar och stöd', 'Mättillfälle', 'Frekvens',
    'Mål', 'Målvärde', 'Enhet', 'Tolerans', 'Årets resultat', 'Status', 'Källa',
  ];
  const figures = resultsByControl(yearResults);
  const rows = risksOf(plan).flatMap(({ process, risk }) =>
    risk.controls.map((control) => {
      const result = figures.get(control.id);
      const year = result?.periods[0];
      return [
        process.name,
        risk.text,
        control.definition,
        swedishLabels.measureMethod[control.method],
        control.methodDescription,
        control.responsible,
        control.occasion,
        swedishLabels.measureFrequency[control.frequency],
        control.targetValue === null ? null : swedishLabels.targetDirection[control.targetDirection],
        control.targetValue,
        result ? figureUnit(result.targetUnit, result.aggregation) : control.targetUnit,
        control.tolerance,
        year?.value,
        year && year.status !== 'none' ? resultStatusLabels[year.status] : null,
        year?.source ? sourceWords[year.source] : null,
      ];
    }),
  );
  return csvFile(headings, rows);
}

/** atgarder.csv: one row per action with its owner, due date and status. */
export function actionsCsv({ plan }: PlanDocumentsInput): Uint8Array {
  const headings = ['Process', 'Risk', 'Åtgärd', 'Ansvarig', 'Klart senast', 'Status', 'Uppföljning', 'Överförd från föregående år'];
  const rows = risksOf(plan).flatMap(({ process, risk }) =>
    risk.actions.map((action) => [
      process.name,
      risk.text,
      action.text,
      action.owner,
      action.dueDate,
      swedishLabels.actionStatus[action.status],
      action.followUp,
      action.carriedFromActionId ? 'Ja' : 'Nej',
    ]),
  );
  return csvFile(headings, rows);
}
