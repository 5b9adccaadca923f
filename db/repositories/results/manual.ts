import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ManualResult } from '../../../shared/results/manual';
import { periodOf, type PeriodKind } from '../../../shared/results/periods';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { controls, manualResults, plans } from '../../schema';
import { assertChecklistWork } from '../checklists/guard';
import { planIdOfControl } from '../plan/guard';
import { recordChange } from '../plan/history';

type Row = typeof manualResults.$inferSelect;

const toResult = (row: Row): ManualResult => ({ ...row, periodKind: row.periodKind as PeriodKind });

export function manualResultsOf(db: AppDatabase, controlIds: string[]): ManualResult[] {
  if (controlIds.length === 0) return [];
  return db.select().from(manualResults).where(inArray(manualResults.controlId, controlIds)).orderBy(asc(manualResults.periodStart)).all().map(toResult);
}

function load(db: AppDatabase, id: string): Row {
  const row = db.select().from(manualResults).where(eq(manualResults.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', 'results.manualMissing');
  return row;
}

function controlLabel(db: AppDatabase, controlId: string): string {
  const definition = db.select({ definition: controls.definition }).from(controls).where(eq(controls.id, controlId)).get()?.definition ?? '';
  return definition.length > 80 ? `${definition.slice(0, 77)}…` : definition;
}

export interface ManualInput {
  controlId: string;
  periodKind: PeriodKind;
  periodStart: string;
  value: number | null;
  analysis: string;
}

/**
 * Results measured elsewhere, one per control and period. Entered while the plan is in
 * force, so they are allowed in an adopted plan; each change is kept in the plan's history.
 */
export function createManualResultRepository(db: AppDatabase, clock: Clock) {
  function context(controlId: string, actor: string) {
    const planId = planIdOfControl(db, controlId);
    assertChecklistWork(db, planId);
    return { db, clock, planId, actor };
  }

  return {
    list: (controlId: string) => {
      planIdOfControl(db, controlId);
      return manualResultsOf(db, [controlId]);
    },
    create(input: ManualInput, actor: string): ManualResult {
      return db.transaction(() => {
        const ctx = context(input.controlId, actor);
        const year = db.select({ year: plans.year }).from(plans).where(eq(plans.id, ctx.planId)).get()!.year;
        const period = periodOf(input.periodStart, input.periodKind);
        if (!input.periodStart.startsWith(`${year}-`)) throw new AppError('VALIDATION', 'results.periodOutsideYear', { period: period.label, year });
        const clash = db
          .select({ id: manualResults.id })
          .from(manualResults)
          .where(and(eq(manualResults.controlId, input.controlId), eq(manualResults.periodKind, input.periodKind), eq(manualResults.periodStart, input.periodStart)))
          .get();
        if (clash) throw new AppError('CONFLICT', 'results.resultExists', { period: period.label });
        const row: Row = { id: clock.newId(), ...input, createdBy: actor, createdAt: clock.now() };
        db.insert(manualResults).values(row).run();
        recordChange(ctx, { entity: 'result', entityId: row.id, entityLabel: controlLabel(db, input.controlId), field: period.label, oldValue: null, newValue: { value: row.value, analysis: row.analysis } });
        return toResult(row);
      });
    },
    update(id: string, patch: { value?: number | null; analysis?: string }, actor: string): ManualResult {
      return db.transaction(() => {
        const before = load(db, id);
        const ctx = context(before.controlId, actor);
        const after = { ...before, ...patch };
        if (after.value === null && after.analysis === '') throw new AppError('VALIDATION', 'results.emptyResult');
        db.update(manualResults).set(patch).where(eq(manualResults.id, id)).run();
        const label = periodOf(before.periodStart, before.periodKind as PeriodKind).label;
        recordChange(ctx, {
          entity: 'result',
          entityId: id,
          entityLabel: controlLabel(db, before.controlId),
          field: label,
          oldValue: { value: before.value, analysis: before.analysis },
          newValue: { value: after.value, analysis: after.analysis },
        });
        return toResult(after);
      });
    },
    remove(id: string, actor: string): { id: string; controlId: string } {
      return db.transaction(() => {
        const row = load(db, id);
        const ctx = context(row.controlId, actor);
        db.delete(manualResults).where(eq(manualResults.id, id)).run();
        const label = periodOf(row.periodStart, row.periodKind as PeriodKind).label;
        recordChange(ctx, { entity: 'result', entityId: id, entityLabel: controlLabel(db, row.controlId), field: label, oldValue: { value: row.value, analysis: row.analysis }, newValue: null });
        return { id, controlId: row.controlId };
      });
    },
  };
}
