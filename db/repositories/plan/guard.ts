import { eq } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import type { AppDatabase } from '../../connection';
import { actions, controls, plans, processes, risks, units } from '../../schema';

export function planRow(db: AppDatabase, planId: string) {
  const plan = db.select().from(plans).where(eq(plans.id, planId)).get();
  if (!plan) throw new AppError('NOT_FOUND', 'plan.notFound');
  return plan;
}

/** A unit imported from a bundle mirrors the unit's own database, so nothing of it may change here. */
export function assertLocalUnit(db: AppDatabase, unitId: string): void {
  const row = db.select({ origin: units.origin }).from(units).where(eq(units.id, unitId)).get();
  if (row?.origin === 'imported') throw new AppError('FORBIDDEN', 'plan.importedUnit');
}

/** The plan's row, refused when its unit is imported. */
export function localPlanRow(db: AppDatabase, planId: string) {
  const plan = planRow(db, planId);
  assertLocalUnit(db, plan.unitId);
  return plan;
}

/** A plan that is adopted or archived is locked: it must be reopened before anything in it changes. */
export function assertEditable(db: AppDatabase, planId: string): void {
  const plan = localPlanRow(db, planId);
  if (plan.status === 'adopted') {
    throw new AppError('LOCKED', 'plan.adoptedLocked');
  }
  if (plan.status === 'archived') {
    throw new AppError('LOCKED', 'plan.archivedLocked');
  }
}

function notFound(key: 'plan.processMissing' | 'plan.riskMissing' | 'plan.controlMissing' | 'plan.actionMissing'): AppError {
  return new AppError('NOT_FOUND', key);
}

export function planIdOfProcess(db: AppDatabase, processId: string): string {
  const row = db.select({ planId: processes.planId }).from(processes).where(eq(processes.id, processId)).get();
  if (!row) throw notFound('plan.processMissing');
  return row.planId;
}

export function planIdOfRisk(db: AppDatabase, riskId: string): string {
  const row = db
    .select({ planId: processes.planId })
    .from(risks)
    .innerJoin(processes, eq(risks.processId, processes.id))
    .where(eq(risks.id, riskId))
    .get();
  if (!row) throw notFound('plan.riskMissing');
  return row.planId;
}

export function planIdOfControl(db: AppDatabase, controlId: string): string {
  const row = db.select({ riskId: controls.riskId }).from(controls).where(eq(controls.id, controlId)).get();
  if (!row) throw notFound('plan.controlMissing');
  return planIdOfRisk(db, row.riskId);
}

export function planIdOfAction(db: AppDatabase, actionId: string): string {
  const row = db.select({ riskId: actions.riskId }).from(actions).where(eq(actions.id, actionId)).get();
  if (!row) throw notFound('plan.actionMissing');
  return planIdOfRisk(db, row.riskId);
}
