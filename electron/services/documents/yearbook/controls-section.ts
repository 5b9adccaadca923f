import type { ControlCell, ControlRow, YearComparison } from '../../../../shared/comparison';
import { nameKey } from '../../../../shared/comparison';
import { formatWithUnit } from '../../../../shared/results/format';
import { resultStatusLabels } from '../../../../shared/results/status';
import type { Pdf } from '../pdf/document';
import { drawTable, type Cell, type TableRow } from '../pdf/table';
import { paragraph, sectionHeading, subHeading } from '../pdf/text';
import { targetText } from '../report/figures';
import { statusColors } from '../status-style';
import { unitColumns, unitGroups, type UnitGroup } from './unit-groups';

/** The target all units with the control share, or null when they differ. */
function sharedTarget(row: ControlRow): string | null {
  const targets = new Set(row.cells.flatMap((cell) => (cell ? [targetText(cell, cell.unit)] : [])));
  return targets.size === 1 ? [...targets][0]! : null;
}

function resultCell(cell: ControlCell, ownTarget: boolean): Cell {
  const notes = [
    cell.value === null || cell.status === 'none' ? '' : resultStatusLabels[cell.status],
    cell.value !== null && cell.targetValue === null ? 'Inget mål' : '',
    ownTarget ? `Mål: ${targetText(cell, cell.unit).toLocaleLowerCase('sv')}` : '',
    cell.source === 'manual' ? 'Inmatat manuellt' : '',
  ].filter(Boolean);
  if (cell.value === null) return { text: 'Inget värde', note: notes.join('\n'), align: 'center' };
  const painted = cell.status === 'none' ? {} : { fill: statusColors[cell.status] };
  return { text: formatWithUnit(cell.value, cell.unit), note: notes.join('\n'), bold: true, align: 'center', ...painted };
}

function rowsOf(comparison: YearComparison, group: UnitGroup): TableRow[] {
  const rows: TableRow[] = [];
  let process: string | null = null;
  for (const row of comparison.controls) {
    if (group.indexes.every((index) => row.cells[index] === null)) continue;
    if (process === null || nameKey(row.processName) !== process) {
      rows.push({ group: row.processName });
      process = nameKey(row.processName);
    }
    const target = sharedTarget(row);
    rows.push([
      { text: row.definition, note: target === null ? 'Målen skiljer sig mellan enheterna' : `Mål: ${target.toLocaleLowerCase('sv')}` },
      ...group.indexes.map((index) => {
        const cell = row.cells[index];
        return cell ? resultCell(cell, target === null) : { text: '–', align: 'center' as const };
      }),
    ]);
  }
  return rows;
}

/** Every control the units have, each unit's whole-year result beside the others', grouped by process. */
export function drawControls(doc: Pdf, comparison: YearComparison): void {
  sectionHeading(doc, 'Egenkontroller per enhet');
  const outside = comparison.qualityArea ? ' eller kvalitetsområdet' : '';
  paragraph(
    doc,
    `Varje enhets resultat för hela ${comparison.year} mot enhetens eget mål. Egenkontroller med samma definition står på samma rad; ` +
      `ett streck betyder att enhetens plan saknar egenkontrollen${outside}.`,
  );
  if (comparison.controls.length === 0) {
    paragraph(doc, 'Enheternas planer har inga egenkontroller.');
    return;
  }
  for (const group of unitGroups(comparison.units)) {
    if (group.caption) subHeading(doc, group.caption);
    const rows = rowsOf(comparison, group);
    if (rows.length === 0) paragraph(doc, 'Ingen av de här enheterna har en egenkontroll i urvalet.');
    else drawTable(doc, { columns: unitColumns(comparison.units, group, { heading: 'Egenkontroll', weight: 2.2 }), rows });
  }
}
