import { containsPersonalIdentityNumber } from '../../shared/personal-data/personnummer-guard';
import { IsoDate } from '../../shared/domain/plan-content';
import { reportShapeProblem } from '../../shared/reports/fields';
import { ReportChannel, ReportKind, ReportStatus } from '../../shared/reports/kinds';
import { RegisterMeasure } from '../../shared/reports/measure';
import { KindSettings } from '../../shared/reports/settings';
import { isPeriodStart, PeriodKind } from '../../shared/results/periods';
import type { BundleData } from './rows';
import type { ConsistencyProblem } from './consistency-problem';

const REPORT_TEXTS = ['caseRef', 'subject', 'description', 'findings', 'cause', 'conclusion', 'investigatedBy', 'feedbackHow', 'ivoReference', 'createdBy'] as const;

/**
 * What the register in a bundle must hold to, beyond its rows' form: the same rules as a
 * report typed in, categories of the report's own kind, and no personnummer in any text.
 * The personnummer is named by the report's date so the unit can find the report to correct.
 */
export function reportProblems(data: BundleData): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  const add = (key: ConsistencyProblem['key'], params: ConsistencyProblem['params'] = {}) => problems.push({ key, params });
  const categories = new Map(data.reportCategories.map((category) => [category.id, category]));
  if (data.reportCategories.some((category) => !ReportKind.safeParse(category.kind).success)) add('bundles.reportCategoryKind');
  if (data.reportSettings.some((row) => !KindSettings.safeParse(row).success)) add('bundles.reportSettingsShape');
  if (data.reportAnalyses.some((row) => !PeriodKind.safeParse(row.periodKind).success || !isPeriodStart(row.periodStart, row.periodKind as PeriodKind))) {
    add('bundles.reportAnalysisPeriod');
  }
  if (data.controlReportMeasures.some((row) => !RegisterMeasure.safeParse(row).success)) add('bundles.reportMeasureShape');
  for (const report of data.reports) {
    const where = { receivedOn: report.receivedOn };
    const dates = [report.receivedOn, report.investigatedOn, report.feedbackOn, report.ivoReportedOn, report.closedOn];
    if (
      !ReportKind.safeParse(report.kind).success ||
      !ReportStatus.safeParse(report.status).success ||
      !ReportChannel.nullable().safeParse(report.channel).success ||
      dates.some((date) => date !== null && !IsoDate.safeParse(date).success)
    ) {
      add('bundles.reportShape', where);
      continue;
    }
    if (REPORT_TEXTS.some((field) => containsPersonalIdentityNumber(report[field]))) {
      add('bundles.reportPersonalIdentityNumber', where);
    }
    const shape = reportShapeProblem({ ...report, kind: report.kind as ReportKind, serious: report.serious ?? null });
    if (shape) add('bundles.reportRule', where);
    const category = report.categoryId === null ? undefined : categories.get(report.categoryId);
    if (category && category.kind !== report.kind) add('bundles.reportCategoryOfOtherKind', where);
    if (report.status === 'avslutad' ? report.closedOn === null : report.closedOn !== null) add('bundles.reportClosedDate', where);
  }
  if (data.reportAnalyses.some((analysis) => containsPersonalIdentityNumber(analysis.text))) {
    add('bundles.reportAnalysisPersonalIdentityNumber');
  }
  return problems;
}
