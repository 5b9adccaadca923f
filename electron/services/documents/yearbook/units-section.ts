import type { ComparedUnit, StatusCounts, YearComparison } from '../../../../shared/comparison';
import { swedishLabels } from '../../../../shared/domain/plan-enums';
import type { ResultStatus } from '../../../../shared/results/status';
import type { Pdf } from '../pdf/document';
import { statusBar } from '../pdf/status-bar';
import { COLOR } from '../pdf/style';
import { swedishLongDate } from '../pdf/swedish-date';
import { drawTable, type CellInput } from '../pdf/table';
import { paragraph, sectionHeading, subHeading } from '../pdf/text';
import { drawTiles } from '../pdf/tiles';
import { statusColors } from '../status-style';

const STATUSES: readonly ResultStatus[] = ['green', 'yellow', 'red', 'none'];
const WORDS: Record<ResultStatus, [string, string]> = {
  green: ['grön', 'gröna'],
  yellow: ['gul', 'gula'],
  red: ['röd', 'röda'],
  none: ['utan mål eller värde', 'utan mål eller värde'],
};

/** "3 gröna · 1 gul · 2 röda", leaving out the colours no control has. */
function tally(counts: StatusCounts): string {
  return STATUSES.filter((status) => counts[status] > 0)
    .map((status) => `${counts[status]} ${WORDS[status][counts[status] === 1 ? 0 : 1]}`)
    .join(' · ');
}

function origin(unit: ComparedUnit): string {
  if (unit.origin === 'local') return 'Från den här databasen';
  return unit.importedFrom ? `Importerad, exporterad ${swedishLongDate(unit.importedFrom.exportedAt)}` : 'Importerad';
}

function unitRow(unit: ComparedUnit): CellInput[] {
  if (!unit.hasQualityArea) return [{ text: unit.name, note: unit.planTitle }, swedishLabels.planStatus[unit.planStatus], { text: 'Saknar kvalitetsområdet', note: '' }, '–', '–'];
  return [
    { text: unit.name, note: `${unit.planTitle}\n${origin(unit)}` },
    swedishLabels.planStatus[unit.planStatus],
    {
      text: String(unit.controlCount),
      note: tally(unit.statusCounts),
      drawing: statusBar(STATUSES.map((status) => ({ count: unit.statusCounts[status], color: statusColors[status] }))),
    },
    { text: String(unit.riskCount), note: unit.unassessedRisks > 0 ? `${unit.unassessedRisks} ej bedömda` : '' },
    String(unit.actionCount),
  ];
}

/** Sammanfattning: the year's controls by colour over all units, and each unit in a row with its plan and counts. */
export function drawUnits(doc: Pdf, comparison: YearComparison): void {
  const { units, year } = comparison;
  sectionHeading(doc, 'Sammanfattning');
  const imported = units.filter((unit) => unit.origin === 'imported').length;
  paragraph(
    doc,
    `${units.length} ${units.length === 1 ? 'enhet har' : 'enheter har'} en kvalitetsplan för ${year}` +
      (imported > 0 ? `, varav ${imported} kommer från importerade årsexporter.` : '.'),
  );
  if (comparison.unitsWithoutPlan.length > 0) {
    paragraph(doc, `Saknar plan för ${year}: ${comparison.unitsWithoutPlan.join(', ')}.`, { color: COLOR.muted });
  }
  if (comparison.qualityArea) {
    paragraph(doc, `Urval: bara risker, egenkontroller och åtgärder under kvalitetsområdet ${comparison.qualityArea}.`, { bold: true });
  }
  subHeading(doc, `Egenkontrollernas resultat ${year}, alla enheter`);
  const sum = (status: ResultStatus) => units.reduce((total, unit) => total + unit.statusCounts[status], 0);
  drawTiles(doc, [
    { value: String(sum('green')), label: 'Gröna: målet nått', color: statusColors.green },
    { value: String(sum('yellow')), label: 'Gula: nära målet', color: statusColors.yellow },
    { value: String(sum('red')), label: 'Röda: målet inte nått', color: statusColors.red },
    { value: String(sum('none')), label: 'Utan mål eller värde', color: COLOR.rule },
  ]);
  subHeading(doc, 'Enheterna');
  drawTable(doc, {
    columns: [
      { heading: 'Enhet och plan', weight: 2.6 },
      { heading: 'Planens status', weight: 0.9 },
      { heading: 'Egenkontroller', weight: 1.5 },
      { heading: 'Risker', weight: 0.8 },
      { heading: 'Åtgärder', weight: 0.8 },
    ],
    rows: units.map(unitRow),
  });
}
