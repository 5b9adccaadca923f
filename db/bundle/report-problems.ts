import { containsPersonalIdentityNumber } from '../../shared/personal-data/personnummer-guard';
import { IsoDate } from '../../shared/domain/plan-content';
import { reportShapeProblem } from '../../shared/reports/fields';
import { ReportChannel, ReportKind, ReportStatus } from '../../shared/reports/kinds';
import { RegisterMeasure } from '../../shared/reports/measure';
import { KindSettings } from '../../shared/reports/settings';
import { isPeriodStart, PeriodKind } from '../../shared/results/periods';
import type { BundleData } from './rows';

const REPORT_TEXTS = ['caseRef', 'subject', 'description', 'findings', 'cause', 'conclusion', 'investigatedBy', 'feedbackHow', 'ivoReference', 'createdBy'] as const;

/**
 * What the register in a bundle must hold to, beyond its rows' form: the same rules as a
 * report typed in, categories of the report's own kind, and no personnummer in any text.
 * The personnummer is named by the report's date so the unit can find the report to correct.
 */
export function reportProblems(data: BundleData): string[] {
  const problems: string[] = [];
  const categories = new Map(data.reportCategories.map((category) => [category.id, category]));
  if (data.reportCategories.some((category) => !ReportKind.safeParse(category.kind).success)) problems.push('En kategori i registret hör till ett slag av rapport som inte finns.');
  if (data.reportSettings.some((row) => !KindSettings.safeParse(row).success)) problems.push('Registrets gränser i dagar har fel form.');
  if (data.reportAnalyses.some((row) => !PeriodKind.safeParse(row.periodKind).success || !isPeriodStart(row.periodStart, row.periodKind as PeriodKind))) {
    problems.push('En periods analys i registret hör inte till någon period.');
  }
  if (data.controlReportMeasures.some((row) => !RegisterMeasure.safeParse(row).success)) problems.push('En egenkontroll som mäts i registret har ett mått med fel form.');
  for (const report of data.reports) {
    const where = `Rapporten i registret som kom in ${report.receivedOn}`;
    const dates = [report.receivedOn, report.investigatedOn, report.feedbackOn, report.ivoReportedOn, report.closedOn];
    if (
      !ReportKind.safeParse(report.kind).success ||
      !ReportStatus.safeParse(report.status).success ||
      !ReportChannel.nullable().safeParse(report.channel).success ||
      dates.some((date) => date !== null && !IsoDate.safeParse(date).success)
    ) {
      problems.push(`${where} har fel form (slag, status, kanal eller datum).`);
      continue;
    }
    if (REPORT_TEXTS.some((field) => containsPersonalIdentityNumber(report[field]))) {
      problems.push(`${where} innehåller något som ser ut som ett personnummer. Det får inte föras in här: be enheten ta bort uppgiften i sitt program och exportera igen.`);
    }
    const shape = reportShapeProblem({ ...report, kind: report.kind as ReportKind, serious: report.serious ?? null });
    if (shape) problems.push(`${where}: ${shape}`);
    const category = report.categoryId === null ? undefined : categories.get(report.categoryId);
    if (category && category.kind !== report.kind) problems.push(`${where} har en kategori som hör till ett annat slag av rapport.`);
    if (report.status === 'avslutad' ? report.closedOn === null : report.closedOn !== null) problems.push(`${where} har ett datum för avslut som inte stämmer med dess status.`);
  }
  if (data.reportAnalyses.some((analysis) => containsPersonalIdentityNumber(analysis.text))) {
    problems.push('En periods analys i registret innehåller något som ser ut som ett personnummer. Det får inte föras in här: be enheten ta bort uppgiften i sitt program och exportera igen.');
  }
  return problems;
}
