import { and, asc, eq } from 'drizzle-orm';
import type { PeriodAnalysis } from '../../../shared/reports/analysis';
import { PeriodAnalysisText } from '../../../shared/reports/analysis';
import type { PeriodKind } from '../../../shared/results/periods';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { reportAnalyses } from '../../schema';
import { assertReportWork, parsed, planRow } from './guard';

export function listAnalyses(db: AppDatabase, planId: string): PeriodAnalysis[] {
  planRow(db, planId);
  return db
    .select()
    .from(reportAnalyses)
    .where(eq(reportAnalyses.planId, planId))
    .orderBy(asc(reportAnalyses.periodStart), asc(reportAnalyses.periodKind))
    .all()
    .map(({ planId: _planId, periodKind, ...row }) => ({ ...row, periodKind: periodKind as PeriodKind }));
}

/** The analysdag's conclusion per period: written whole, and removed when emptied. */
export function createAnalysisRepository(db: AppDatabase, clock: Clock) {
  return {
    list: (planId: string) => listAnalyses(db, planId),
    set(planId: string, periodKind: PeriodKind, periodStart: string, text: string, actor: string): PeriodAnalysis[] {
      const value = parsed(PeriodAnalysisText, text);
      return db.transaction(() => {
        assertReportWork(db, planId);
        const key = and(eq(reportAnalyses.planId, planId), eq(reportAnalyses.periodKind, periodKind), eq(reportAnalyses.periodStart, periodStart));
        if (value === '') {
          db.delete(reportAnalyses).where(key).run();
        } else {
          const row = { planId, periodKind, periodStart, text: value, updatedAt: clock.now(), updatedBy: actor };
          db.insert(reportAnalyses)
            .values(row)
            .onConflictDoUpdate({ target: [reportAnalyses.planId, reportAnalyses.periodKind, reportAnalyses.periodStart], set: { text: row.text, updatedAt: row.updatedAt, updatedBy: actor } })
            .run();
        }
        return listAnalyses(db, planId);
      });
    },
  };
}
