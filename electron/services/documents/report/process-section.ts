import type { PlanDetail, ProcessDetail, RiskDetail } from '../../../../shared/domain/plan-detail';
import { swedishLabels } from '../../../../shared/domain/plan-enums';
import { levelOf, needsControl } from '../../../../shared/risk-matrix/grid';
import type { Assessment, RiskMatrix } from '../../../../shared/risk-matrix/matrix';
import type { Pdf } from '../pdf/document';
import { COLOR } from '../pdf/style';
import { drawTable, type Cell, type CellInput, type Column } from '../pdf/table';
import { paragraph, sectionHeading, subHeading } from '../pdf/text';
import { qualityAreaNames } from '../plan-walk';
import { OVERDUE_COLOR, actionStatusColors } from '../status-style';
import { controlRows, periodRows } from './control-rows';
import { isOverdue } from './overdue';
import type { ProcessContext } from './process-context';

function levelCell(matrix: RiskMatrix, assessment: Assessment | null): Cell {
  if (!assessment) return { text: 'Ej bedömd', note: '' };
  const level = levelOf(matrix, assessment);
  const place = `S${assessment.likelihood} × K${assessment.consequence}`;
  return level ? { text: level.name, note: place, fill: level.color, bold: true, align: 'center' } : { text: 'Utanför matrisen', note: place, align: 'center' };
}

function riskNote(plan: PlanDetail, risk: RiskDetail): string {
  const areas = qualityAreaNames(plan, risk).join(', ');
  const missing = needsControl(plan.matrix, risk.inherent) && risk.controls.length === 0 ? 'Risknivån kräver en egenkontroll, men ingen finns.' : '';
  return [areas, missing].filter(Boolean).join('\n');
}

function actionRows(context: ProcessContext, process: ProcessDetail, number: string): CellInput[][] {
  return process.risks.flatMap((risk, riskIndex) =>
    risk.actions.map((action): CellInput[] => {
      const overdue = isOverdue(action, context.exportedAt);
      const notes = [action.carriedFromActionId ? 'Överförd från föregående år.' : '', action.followUp].filter(Boolean).join('\n');
      return [
        `${number}.${riskIndex + 1}`,
        { text: action.text, note: notes },
        action.owner || '–',
        overdue ? { text: action.dueDate ?? '', note: 'Försenad', fill: OVERDUE_COLOR } : action.dueDate ?? '–',
        { text: swedishLabels.actionStatus[action.status], fill: actionStatusColors[action.status], align: 'center' },
      ];
    }),
  );
}

/** A titled table, left out when it has no rows. */
function titledTable(doc: Pdf, title: string, columns: Column[], rows: CellInput[][]): void {
  if (rows.length === 0) return;
  subHeading(doc, title);
  drawTable(doc, { columns, rows });
}

/** One process: its risks with their levels, its controls against target with trend, the year's periods, its actions. */
export function drawProcess(doc: Pdf, context: ProcessContext, process: ProcessDetail, index: number): void {
  const number = String(index + 1);
  sectionHeading(doc, `${number}. ${process.name}`);
  const team = process.responsibleTeam ? ` · Ansvarig grupp: ${process.responsibleTeam}` : '';
  paragraph(doc, `${swedishLabels.processGroup[process.group]}${team}`, { color: COLOR.muted });
  if (process.risks.length === 0) {
    paragraph(doc, 'Inga risker är beskrivna för processen.');
    return;
  }
  const riskColumn: Column = { heading: 'Risk', weight: 0.45 };
  titledTable(
    doc,
    'Risker',
    [
      { heading: 'Nr', weight: 0.45 },
      { heading: 'Risk och kvalitetsområden', weight: 3.4 },
      { heading: 'Riskägare', weight: 1.2 },
      { heading: 'Före åtgärd', weight: 1.05, align: 'center' },
      { heading: 'Efter åtgärd', weight: 1.05, align: 'center' },
    ],
    process.risks.map((risk, riskIndex) => [
      `${number}.${riskIndex + 1}`,
      { text: risk.text, note: riskNote(context.plan, risk) },
      risk.owner || '–',
      levelCell(context.plan.matrix, risk.inherent),
      levelCell(context.plan.matrix, risk.residual),
    ]),
  );
  titledTable(
    doc,
    'Egenkontroller',
    [
      riskColumn,
      { heading: 'Egenkontroll', weight: 3.1 },
      { heading: 'Mål', weight: 0.95 },
      { heading: `Resultat ${context.year}`, weight: 1.1, align: 'center' },
      { heading: 'Resultat över år', weight: 1.5 },
    ],
    controlRows(context, process, number),
  );
  titledTable(
    doc,
    `Resultat under ${context.year}`,
    [
      { heading: 'Egenkontroll', weight: 1.7 },
      { heading: 'Per period', weight: 4.4 },
    ],
    periodRows(context, process),
  );
  titledTable(
    doc,
    'Åtgärder',
    [
      riskColumn,
      { heading: 'Åtgärd och uppföljning', weight: 3.4 },
      { heading: 'Ansvarig', weight: 1.2 },
      { heading: 'Klart senast', weight: 1 },
      { heading: 'Status', weight: 1, align: 'center' },
    ],
    actionRows(context, process, number),
  );
}
