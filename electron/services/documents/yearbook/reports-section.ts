import type { YearComparison } from '../../../../shared/comparison';
import { formatNumber } from '../../../../shared/results/format';
import type { Pdf } from '../pdf/document';
import { drawTable, type Cell, type CellInput, type TableRow } from '../pdf/table';
import { paragraph, sectionHeading, subHeading } from '../pdf/text';
import { OVERDUE_COLOR } from '../status-style';
import { unitColumns, unitGroups } from './unit-groups';

const count = (value: number | null | undefined, fill?: string): Cell =>
  value === null || value === undefined ? { text: '–', align: 'center' } : { text: String(value), align: 'center', ...(fill && value > 0 ? { fill, bold: true } : {}) };

/**
 * Avvikelser, klagomål och lex Sarah per unit: the reports per kind, the open lex Sarah
 * reports flagged, the median days to investigate, then the reports per category under each kind.
 */
export function drawReports(doc: Pdf, comparison: YearComparison): void {
  const { units, reports } = comparison;
  sectionHeading(doc, 'Avvikelser, klagomål och lex Sarah');
  paragraph(
    doc,
    'Rapporterna i varje enhets register under året. Utredningstiden är medianen av dagarna från att en rapport kom in till att utredningen var klar, för de utredda rapporterna.' +
      (comparison.qualityArea ? ' Bara rapporter kopplade till det valda kvalitetsområdet räknas.' : ''),
  );
  for (const group of unitGroups(units)) {
    if (group.caption) subHeading(doc, group.caption);
    drawTable(doc, {
      columns: unitColumns(units, group, { heading: 'Typ', weight: 1.6 }),
      rows: [
        ...reports.kinds.map((row): CellInput[] => [row.label, ...group.indexes.map((index) => count(row.counts[index]))]),
        [{ text: 'Öppna lex Sarah', bold: true }, ...group.indexes.map((index) => count(reports.openLexSarah[index], OVERDUE_COLOR))],
        [
          { text: 'Utredningstid (median, dagar)', bold: true },
          ...group.indexes.map((index): Cell => {
            const days = reports.medianDaysToInvestigate[index];
            return { text: days === null || days === undefined ? '–' : formatNumber(days, days % 1 === 0 ? 0 : 1), align: 'center' };
          }),
        ],
      ],
    });
  }
  if (reports.categories.length === 0) return;
  subHeading(doc, 'Per kategori', { keepWith: 120 });
  for (const group of unitGroups(units)) {
    if (group.caption) subHeading(doc, group.caption);
    const rows: TableRow[] = [];
    let kind = '';
    for (const row of reports.categories) {
      if (row.kindLabel !== kind) rows.push({ group: (kind = row.kindLabel) });
      rows.push([row.category, ...group.indexes.map((index) => count(row.counts[index]))]);
    }
    drawTable(doc, { columns: unitColumns(units, group, { heading: 'Kategori', weight: 1.6 }), rows });
  }
}
