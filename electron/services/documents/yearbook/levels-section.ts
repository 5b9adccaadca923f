import type { YearComparison } from '../../../../shared/comparison';
import type { Pdf } from '../pdf/document';
import { drawTable, type Cell, type CellInput } from '../pdf/table';
import { paragraph, sectionHeading, subHeading } from '../pdf/text';
import { actionStatusColors } from '../status-style';
import { unitColumns, unitGroups } from './unit-groups';

const count = (value: number | null | undefined, fill?: string): Cell =>
  value === null || value === undefined ? { text: '–', align: 'center' } : { text: String(value), align: 'center', ...(fill && value > 0 ? { fill, bold: true } : {}) };

const total = (label: string, values: readonly (number | null)[]): CellInput[] => [{ text: label, bold: true }, ...values.map((value) => ({ ...count(value), bold: true }))];

/** Each unit's risks per level of its own matrix (after action where assessed), and its actions per status. */
export function drawLevels(doc: Pdf, comparison: YearComparison): void {
  const { units } = comparison;
  sectionHeading(doc, 'Risker per nivå');
  paragraph(doc, 'En risk räknas på sin nivå efter åtgärd när den är bedömd så, annars på nivån före åtgärd. Nivåerna hör till varje enhets egen riskmatris; ett streck betyder att matrisen saknar nivån.');
  for (const group of unitGroups(units)) {
    if (group.caption) subHeading(doc, group.caption);
    const inView = (index: number) => units[index]!.hasQualityArea;
    drawTable(doc, {
      columns: unitColumns(units, group, { heading: 'Risknivå', weight: 1.6 }),
      rows: [
        ...comparison.riskLevels.map((row): CellInput[] => [
          { text: row.name, fill: row.color, bold: true },
          ...group.indexes.map((index) => count(row.cells[index]?.count, row.cells[index]?.color)),
        ]),
        ['Ej bedömda', ...group.indexes.map((index) => count(inView(index) ? units[index]!.unassessedRisks : null))],
        total('Alla risker', group.indexes.map((index) => (inView(index) ? units[index]!.riskCount : null))),
      ],
    });
  }

  sectionHeading(doc, 'Åtgärder per status');
  for (const group of unitGroups(units)) {
    if (group.caption) subHeading(doc, group.caption);
    drawTable(doc, {
      columns: unitColumns(units, group, { heading: 'Status', weight: 1.6 }),
      rows: [
        ...comparison.actionStatuses.map((row): CellInput[] => [
          { text: row.label, fill: actionStatusColors[row.status], bold: true },
          ...group.indexes.map((index) => count(row.counts[index])),
        ]),
        total('Alla åtgärder', group.indexes.map((index) => (units[index]!.hasQualityArea ? units[index]!.actionCount : null))),
      ],
    });
  }
}
