import type { ControlCell, YearComparison } from '../../shared/comparison';
import { swedishLabels } from '../../shared/domain/plan-enums';
import { formatWithUnit } from '../../shared/results/format';
import { resultStatusLabels } from '../../shared/results/status';
import { csvLine, type CsvCell } from '../services/documents/csv';

const originLabels = { local: 'Lokal', imported: 'Importerad' } as const;

/** "Minst 90 %", "Högst 14 dagar", or nothing without a target. */
function targetText(cell: ControlCell): string {
  return cell.targetValue === null ? '' : `${swedishLabels.targetDirection[cell.targetDirection]} ${formatWithUnit(cell.targetValue, cell.unit, 2)}`;
}

function controlCells(cell: ControlCell | null): CsvCell[] {
  if (!cell) return ['', '', ''];
  return [cell.value, targetText(cell), cell.status === 'none' ? '' : resultStatusLabels[cell.status]];
}

/**
 * The comparison as one sheet for Swedish Excel, in the screen's order: the units, then every
 * control with each unit's result, target and colour, risks per level, actions per status,
 * reports per kind and category.
 * Parts are parted by an empty line; the caller adds the byte order mark.
 */
export function comparisonCsvLines(comparison: YearComparison): string[] {
  const { units } = comparison;
  const names = units.map((unit) => unit.name);
  const unitPart = [
    csvLine(['Enhet', 'Ursprung', 'Exporterad', 'Kvalitetsplan', 'Planens status']),
    ...units.map((unit) =>
      csvLine([unit.name, originLabels[unit.origin], unit.importedFrom?.exportedAt.slice(0, 10), unit.planTitle, swedishLabels.planStatus[unit.planStatus]]),
    ),
  ];
  const controlPart = [
    csvLine(['Process', 'Egenkontroll', ...names.flatMap((name) => [`${name}: resultat ${comparison.year}`, `${name}: mål`, `${name}: status`])]),
    ...comparison.controls.map((row) => csvLine([row.processName, row.definition, ...row.cells.flatMap(controlCells)])),
  ];
  const riskPart = [
    csvLine(['Risknivå', ...names]),
    ...comparison.riskLevels.map((row) => csvLine([row.name, ...row.cells.map((cell) => cell?.count)])),
    csvLine(['Ej bedömda', ...units.map((unit) => (unit.hasQualityArea ? unit.unassessedRisks : null))]),
  ];
  const actionPart = [csvLine(['Åtgärdsstatus', ...names]), ...comparison.actionStatuses.map((row) => csvLine([row.label, ...row.counts]))];
  const { reports } = comparison;
  const reportPart = [
    csvLine(['Rapporter', 'Kategori', ...names]),
    ...reports.kinds.map((row) => csvLine([row.label, 'Alla', ...row.counts])),
    ...reports.categories.map((row) => csvLine([row.kindLabel, row.category, ...row.counts])),
    csvLine(['Öppna lex Sarah-rapporter', '', ...reports.openLexSarah]),
    csvLine(['Utredningstid, median (dagar)', '', ...reports.medianDaysToInvestigate]),
  ];
  return [...unitPart, '', ...controlPart, '', ...riskPart, '', ...actionPart, '', ...reportPart];
}
