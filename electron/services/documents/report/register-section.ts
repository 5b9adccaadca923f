import { reportLabels } from '../../../../shared/reports/kinds';
import type { RegisterDocumentsInput } from '../documents-input';
import type { Pdf } from '../pdf/document';
import { swedishLongDate } from '../pdf/swedish-date';
import { COLOR } from '../pdf/style';
import { drawTable, type TableRow } from '../pdf/table';
import { paragraph, sectionHeading, subHeading } from '../pdf/text';
import { drawTiles } from '../pdf/tiles';
import { categoryLines } from '../register/category-rows';
import { OVERDUE_COLOR } from '../status-style';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share)} %`);
const yesNo = (value: boolean | null) => (value === null ? 'Ej bedömd' : value ? 'Ja' : 'Nej');

/** The kind × category table: a group row per kind, each category's count per tertial, the year and the year before. */
function drawCategories(doc: Pdf, register: RegisterDocumentsInput): void {
  const { tertials, wholeYear } = register;
  const rows: TableRow[] = [];
  let kind = '';
  for (const line of categoryLines(tertials, wholeYear)) {
    if (line.kindLabel !== kind) rows.push({ group: (kind = line.kindLabel) });
    rows.push([line.category, ...line.periods.map(String), { text: String(line.year), bold: true }, String(line.previousYear)]);
  }
  drawTable(doc, {
    columns: [
      { heading: 'Kategori', weight: 3 },
      ...tertials.periods.map((period) => ({ heading: period.period.label.replace(` ${tertials.year}`, ''), weight: 1, align: 'right' as const })),
      { heading: String(wholeYear.year), weight: 1, align: 'right' },
      { heading: String(wholeYear.year - 1), weight: 1, align: 'right' },
    ],
    rows,
  });
}

/** How each kind was handled over the year: investigated and answered within the unit's limits. */
function drawHandling(doc: Pdf, register: RegisterDocumentsInput): void {
  const year = register.wholeYear.periods[0]!;
  drawTable(doc, {
    columns: [
      { heading: 'Typ', weight: 2.2 },
      { heading: 'Inkomna', weight: 1, align: 'right' },
      { heading: 'Utredda', weight: 1, align: 'right' },
      { heading: 'Utredda inom gränsen', weight: 1.4, align: 'right' },
      { heading: 'Återkoppling', weight: 1.3, align: 'right' },
      { heading: 'Öppna nu', weight: 1, align: 'right' },
      { heading: 'Över gränsen', weight: 1.1, align: 'right' },
    ],
    rows: year.byKind.map((row) => {
      const open = register.wholeYear.open.find((candidate) => candidate.kind === row.kind);
      return [
        reportLabels.kind[row.kind],
        String(row.received.count),
        String(row.investigated),
        percent(row.investigatedWithinShare),
        row.feedbackExpected > 0 ? percent(row.feedbackShare) : '–',
        String(open?.open ?? 0),
        String(open?.overdue ?? 0),
      ];
    }),
  });
}

/** Every lex Sarah report of the year with its assessment and anmälan to IVO. */
function drawLexSarah(doc: Pdf, register: RegisterDocumentsInput): void {
  const reports = register.reports.filter((report) => report.kind === 'lex_sarah');
  if (reports.length === 0) {
    paragraph(doc, `Inga lex Sarah-rapporter kom in under ${register.wholeYear.year}.`);
    return;
  }
  drawTable(doc, {
    columns: [
      { heading: 'Inkom', weight: 1.2 },
      { heading: 'Rubrik', weight: 3.4 },
      { heading: 'Allvarligt', weight: 1 },
      { heading: 'Anmäld till IVO', weight: 1.3 },
      { heading: 'Status', weight: 1.3 },
      { heading: 'Dagar', weight: 0.8, align: 'right' },
    ],
    rows: reports.map((report) => [
      report.receivedOn,
      { text: report.subject || 'Utan rubrik', note: [report.categoryName, report.caseRef].filter(Boolean).join(' · ') },
      yesNo(report.serious),
      report.ivoReportedOn ?? (report.serious ? 'Inte anmäld' : '–'),
      reportLabels.status[report.status],
      { text: String(report.elapsedDays), ...(report.overdue ? { fill: OVERDUE_COLOR } : {}) },
    ]),
  });
}

/**
 * Avvikelser, klagomål och lex Sarah: the year's register compiled as the analysdagar read it,
 * per kind and category and tertial, how the reports were handled, and each lex Sarah report
 * with its anmälan, then the analysdagarnas conclusions.
 */
export function drawRegister(doc: Pdf, register: RegisterDocumentsInput, exportedAt: string): void {
  const year = register.wholeYear.periods[0];
  if (!year) return;
  sectionHeading(doc, 'Avvikelser, klagomål och lex Sarah');
  paragraph(
    doc,
    `Under ${register.wholeYear.year} kom ${plural(year.total.count, 'rapport', 'rapporter')} in till registret (${year.total.previousYear} året innan). ` +
      `Siffrorna gäller den ${swedishLongDate(exportedAt)}.`,
  );
  drawTiles(
    doc,
    year.byKind.map((row) => ({ value: String(row.received.count), label: reportLabels.kind[row.kind], color: COLOR.accent })),
  );
  subHeading(doc, 'Per typ och kategori', { keepWith: 140 });
  if (year.byCategory.length === 0) paragraph(doc, 'Registret har inga rapporter det här året eller året innan.');
  else drawCategories(doc, register);
  subHeading(doc, 'Handläggning', { keepWith: 140 });
  drawHandling(doc, register);
  subHeading(doc, 'Lex Sarah och anmälningar till IVO', { keepWith: 120 });
  paragraph(doc, `${plural(year.lexSarah.reports.count, 'lex Sarah-rapport', 'lex Sarah-rapporter')}, varav ${year.lexSarah.serious} bedömda som allvarliga och ${year.lexSarah.reportedToIvo} anmälda till IVO.`);
  drawLexSarah(doc, register);
  if (register.analyses.length > 0) {
    subHeading(doc, 'Analysdagarnas slutsatser');
    for (const analysis of register.analyses) {
      const period = register.tertials.periods.find((candidate) => candidate.period.start === analysis.periodStart && analysis.periodKind === 'tertial')?.period.label ?? `${analysis.periodStart} (${analysis.periodKind})`;
      paragraph(doc, period, { bold: true, gapAfter: 2 });
      paragraph(doc, analysis.text);
    }
  }
}
