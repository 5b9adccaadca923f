import { swedishLabels, type ActionStatus } from '../../../../shared/domain/plan-enums';
import type { RiskMatrix } from '../../../../shared/risk-matrix/matrix';
import type { ResultStatus } from '../../../../shared/results/status';
import type { PlanDocumentsInput } from '../documents-input';
import { contentWidth, ensureSpace, type Pdf } from '../pdf/document';
import { countAssessments, drawHeatmap, drawLevelLegend } from '../pdf/heatmap';
import { COLOR } from '../pdf/style';
import { drawTable } from '../pdf/table';
import { paragraph, sectionHeading, subHeading } from '../pdf/text';
import { drawTiles } from '../pdf/tiles';
import { risksOf } from '../plan-walk';
import { OVERDUE_COLOR, actionStatusColors, statusColors } from '../status-style';
import { isOverdue } from './overdue';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function countBy<Key extends string>(keys: readonly Key[], values: readonly Key[]): Record<Key, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<Key, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

/** Both heat maps side by side, before and after action, with the levels' legend under them. */
export function drawRiskMaps(doc: Pdf, matrix: RiskMatrix, inherent: Parameters<typeof countAssessments>[1], residual: Parameters<typeof countAssessments>[1]): void {
  const width = (contentWidth(doc) - 30) / 2;
  const estimate = 16 + Math.min(40, (width - 30) / matrix.consequence.length) * matrix.likelihood.length + 50;
  ensureSpace(doc, estimate);
  const left = doc.page.margins.left;
  const top = doc.y;
  const before = drawHeatmap(doc, 'Före åtgärd', matrix, countAssessments(matrix, inherent), left, top, width);
  const after = drawHeatmap(doc, 'Efter åtgärd', matrix, countAssessments(matrix, residual), left + width + 30, top, width);
  doc.y = top + Math.max(before, after) + 4;
  doc.y += drawLevelLegend(doc, matrix, left, doc.y) + 8;
  doc.x = left;
}

/** Sammanfattning: the plan in figures, the year's results by colour, the actions by status, and the risk heat maps. */
export function drawSummary(doc: Pdf, input: PlanDocumentsInput): void {
  const { plan, yearResults, runs } = input;
  const risks = risksOf(plan);
  const controls = risks.flatMap(({ risk }) => risk.controls);
  const actions = risks.flatMap(({ risk }) => risk.actions);
  sectionHeading(doc, 'Sammanfattning');
  const cases = runs.reduce((sum, run) => sum + run.cases, 0);
  paragraph(
    doc,
    `Planen har ${plural(plan.processes.length, 'process', 'processer')}, ${plural(risks.length, 'risk', 'risker')}, ` +
      `${plural(controls.length, 'egenkontroll', 'egenkontroller')} och ${plural(actions.length, 'åtgärd', 'åtgärder')}. ` +
      `Under ${input.year} gjordes ${plural(runs.length, 'genomgång', 'genomgångar')} med checklista, ` +
      `där ${plural(cases, 'ärende', 'ärenden')} granskades.`,
  );

  subHeading(doc, `Egenkontrollernas resultat ${input.year}`);
  const statuses = countBy<ResultStatus>(['green', 'yellow', 'red', 'none'], yearResults.controls.map((control) => control.periods[0]?.status ?? 'none'));
  drawTiles(doc, [
    { value: String(statuses.green), label: 'Gröna: målet nått', color: statusColors.green },
    { value: String(statuses.yellow), label: 'Gula: nära målet', color: statusColors.yellow },
    { value: String(statuses.red), label: 'Röda: målet inte nått', color: statusColors.red },
    { value: String(statuses.none), label: 'Utan mål eller värde', color: COLOR.rule },
  ]);

  subHeading(doc, 'Åtgärder');
  const byStatus = countBy<ActionStatus>(['not_started', 'in_progress', 'done', 'cancelled'], actions.map((action) => action.status));
  const overdue = actions.filter((action) => isOverdue(action, input.exportedAt)).length;
  drawTiles(doc, [
    ...(['not_started', 'in_progress', 'done', 'cancelled'] as const).map((status) => ({
      value: String(byStatus[status]),
      label: swedishLabels.actionStatus[status],
      color: actionStatusColors[status],
    })),
    { value: String(overdue), label: 'Försenade', color: OVERDUE_COLOR },
  ]);

  subHeading(doc, 'Riskbild', { keepWith: 200 });
  paragraph(doc, 'Antal risker i varje ruta av planens riskmatris, bedömda före och efter planerade kontroller och åtgärder.', { color: COLOR.muted });
  drawRiskMaps(doc, plan.matrix, risks.map(({ risk }) => risk.inherent), risks.map(({ risk }) => risk.residual));
  drawScales(doc, plan.matrix);
}

/** What the numbers on the matrix's axes mean, level by level. */
function drawScales(doc: Pdf, matrix: RiskMatrix): void {
  const levels = Math.max(matrix.likelihood.length, matrix.consequence.length);
  drawTable(doc, {
    columns: [
      { heading: 'Nivå', weight: 0.5, align: 'center' },
      { heading: 'Sannolikhet', weight: 3 },
      { heading: 'Konsekvens', weight: 3 },
    ],
    rows: Array.from({ length: levels }, (_, index) => [
      String(index + 1),
      { text: matrix.likelihood[index]?.label ?? '', note: matrix.likelihood[index]?.description ?? '' },
      { text: matrix.consequence[index]?.label ?? '', note: matrix.consequence[index]?.description ?? '' },
    ]),
  });
}
