import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { AnyParams, MessageKey } from '../../../shared/messages/catalogue';
import { zodErrorMessage } from '../../../shared/messages/zod-issues';
import type { AppDatabase } from '../../connection';
import { reports } from '../../schema';
import { assertLocalUnit, localPlanRow, planRow } from '../plan/guard';

/**
 * Reports are the "do" of the year: they come in while the plan is adopted, so only an
 * archived plan or an imported unit stops them.
 */
export function assertReportWork(db: AppDatabase, planId: string) {
  const plan = localPlanRow(db, planId);
  if (plan.status === 'archived') {
    throw new AppError('LOCKED', 'reports.archivedPlan');
  }
  return plan;
}

export function assertUnitWork(db: AppDatabase, unitId: string): void {
  assertLocalUnit(db, unitId);
}

export const missing = (key: 'reports.reportMissing' | 'reports.unitMissing' | 'reports.categoryMissing') => new AppError('NOT_FOUND', key);

export function reportRow(db: AppDatabase, id: string) {
  const row = db.select().from(reports).where(eq(reports.id, id)).get();
  if (!row) throw missing('reports.reportMissing');
  return row;
}

/** The report's row and plan, refused unless the report may change. */
export function writableReport(db: AppDatabase, id: string) {
  const row = reportRow(db, id);
  return { row, plan: assertReportWork(db, row.planId) };
}

export { planRow };

/**
 * Every value written passes the contract's own schema here too, so the CLI import and
 * any other caller meet the same personnummer guard and limits as the renderer.
 */
export function parsed<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw AppError.of('VALIDATION', zodErrorMessage(result.error));
  return result.data;
}

/** A refusal from a message made here or by the shared rules (the status check, the report's shape). */
export function refused(key: MessageKey, params: AnyParams = {}): AppError {
  return AppError.of('VALIDATION', { key, params });
}
