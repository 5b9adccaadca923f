import type { PeriodKind } from '../../../shared/results/periods';
import type { ReportFilter } from '../../../shared/reports/report';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { createAnalysisRepository } from './analyses';
import { createCategoryRepository } from './categories';
import { planRow } from './guard';
import { importReports, type ReportToImport } from './import';
import { createReportLinks, planReportLinks } from './links';
import { listReports, loadReport } from './read';
import { createMeasureRepository } from './measures';
import { createSettingsRepository } from './settings';
import { compileForPlan } from './summary';
import { createReportWriter } from './write';

/** The unit's register of reports within the year's plan, its categories, limits and compilation. */
export function createReportRepositories(db: AppDatabase, clock: Clock) {
  /** The day elapsed days are counted to when the caller does not say (the renderer passes the user's own). */
  const today = (given?: string) => given ?? clock.now().slice(0, 10);
  return {
    ...createReportWriter(db, clock),
    ...createReportLinks(db, clock),
    list: (planId: string, filter: ReportFilter = {}, day?: string) => {
      planRow(db, planId);
      return listReports(db, planId, filter, today(day));
    },
    get: (id: string, day?: string) => loadReport(db, id, today(day)),
    planLinks: (planId: string) => planReportLinks(db, planId),
    importAll: (planId: string, rows: readonly ReportToImport[], actor: string) => importReports(db, clock, planId, rows, actor),
    summary: (planId: string, periodKind: PeriodKind, day?: string) => compileForPlan(db, planId, periodKind, today(day)),
    analyses: createAnalysisRepository(db, clock),
    categories: createCategoryRepository(db, clock),
    settings: createSettingsRepository(db, clock),
    measures: createMeasureRepository(db, clock),
  };
}

export type ReportRepositories = ReturnType<typeof createReportRepositories>;
