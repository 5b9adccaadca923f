import type { Compilation, Figure } from '../../shared/reports/compilation';
import { reportLabels } from '../../shared/reports/kinds';
import type { ReportSummary } from '../../shared/reports/report';
import { csvLine, type CsvCell } from '../services/documents/csv';

const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'Ja' : 'Nej');

const LIST_HEADER = [
  'Inkom', 'Typ', 'Kategori', 'Inkom via', 'Status', 'Rubrik', 'Ärendereferens', 'Process',
  'Dagar', 'Över gränsen', 'Allvarlig', 'Anmäld till IVO', 'Avslutad', 'Åtgärder', 'Risker',
];

/** The register as lines for Swedish Excel, header first. */
export function reportListCsvLines(reports: readonly ReportSummary[]): string[] {
  return [
    csvLine(LIST_HEADER),
    ...reports.map((report) =>
      csvLine([
        report.receivedOn,
        reportLabels.kind[report.kind],
        report.categoryName,
        report.channel ? reportLabels.channel[report.channel] : '',
        reportLabels.status[report.status],
        report.subject,
        report.caseRef,
        report.processName,
        report.elapsedDays,
        report.overdue ? 'Ja' : 'Nej',
        yesNo(report.serious),
        report.ivoReportedOn,
        report.closedOn,
        report.actionCount,
        report.riskCount,
      ]),
    ),
  ];
}

const SUMMARY_HEADER = ['Period', 'Från', 'Till', 'Typ', 'Indelning', 'Värde', 'Antal', 'Föregående period', 'Samma period föregående år', 'Andel (%)'];

/**
 * The compilation in long form, one figure a line, so Excel pivots it any way: per kind,
 * category, process and kvalitetsområde with the two comparisons, then the handling shares.
 */
export function compilationCsvLines(compilation: Compilation): string[] {
  const lines: CsvCell[][] = [];
  for (const period of compilation.periods) {
    const line = (kind: string, part: string, value: string | null, figure: Partial<Figure> & { count: number }, share: number | null = null) =>
      lines.push([period.period.label, period.period.start, period.period.end, kind, part, value, figure.count, figure.previousPeriod, figure.previousYear, share]);
    line('Alla', 'Totalt', null, period.total);
    for (const row of period.byKind) {
      const kind = reportLabels.kind[row.kind];
      line(kind, 'Totalt', null, row.received);
      for (const category of period.byCategory.filter((c) => c.kind === row.kind)) line(kind, 'Kategori', category.category ?? 'Ingen kategori', category.figure);
      for (const process of period.byProcess.filter((p) => p.kind === row.kind)) line(kind, 'Process', process.process ?? 'Ingen process', process.figure);
      for (const area of period.byQualityArea.filter((a) => a.kind === row.kind)) line(kind, 'Kvalitetsområde', area.area, area.figure);
      line(kind, 'Utredda inom gränsen', null, { count: row.investigatedWithin }, row.investigatedWithinShare);
      if (row.feedbackExpected > 0) {
        line(kind, 'Med återkoppling', null, { count: row.feedbackGiven }, row.feedbackShare);
        line(kind, 'Återkoppling inom gränsen', null, { count: row.feedbackWithin }, row.feedbackWithinShare);
      }
    }
    const lexSarah = reportLabels.kind.lex_sarah;
    line(lexSarah, 'Allvarliga', null, { count: period.lexSarah.serious });
    line(lexSarah, 'Anmälda till IVO', null, { count: period.lexSarah.reportedToIvo });
  }
  return [csvLine(SUMMARY_HEADER), ...lines.map((cells) => csvLine(cells))];
}
