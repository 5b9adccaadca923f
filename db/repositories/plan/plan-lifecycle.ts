import { and, eq } from 'drizzle-orm';
import type { PlanContent, PlanMeta } from '../../../shared/domain/plan-content';
import type { PlanStatus } from '../../../shared/domain/plan-enums';
import { defaultPlanTitle } from '../../../shared/domain/plan';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { plans, units } from '../../schema';
import { loadPlanDetail } from './detail';
import { copyChecklistsForRollover } from '../checklists/rollover';
import { assertLocalUnit, localPlanRow, planRow } from './guard';
import { recordChange, recordFieldChanges } from './history';
import { changePlan } from './plan-change';
import { writePlanTree, type PlanTree } from './plan-tree';

const OPEN_ACTION = new Set(['not_started', 'in_progress']);

/** The plan as content without ids: what an export writes and an import reads. */
export function planContent(db: AppDatabase, planId: string): PlanContent & { processes: PlanTree['processes'] } {
  const detail = loadPlanDetail(db, planId);
  const areaName = new Map(detail.qualityAreas.map((area) => [area.id, area.name]));
  return {
    meta: detail.meta,
    qualityAreas: detail.qualityAreas.map((area) => area.name),
    improvementAreas: detail.improvementAreas.map((area) => area.text),
    matrix: detail.matrix,
    processes: detail.processes.map(({ id: _id, risks, ...process }) => ({
      ...process,
      risks: risks.map(({ id: _riskId, processId: _processId, qualityAreaIds, controls, actions, ...risk }) => ({
        ...risk,
        qualityAreas: qualityAreaIds.map((id) => areaName.get(id) ?? ''),
        controls: controls.map(({ id: _controlId, ...control }) => control),
        actions: actions.map(({ id, carriedFromActionId: _carried, ...action }) => ({ ...action, carriedFromActionId: id })),
      })),
    })),
  };
}

export function createPlanLifecycleRepository(db: AppDatabase, clock: Clock) {
  function newPlanRow(unitId: string, year: number, title: string | undefined, actor: string, carriedFromPlanId: string | null): string {
    const unit = db.select().from(units).where(eq(units.id, unitId)).get();
    if (!unit) throw new AppError('NOT_FOUND', 'units.notFound');
    assertLocalUnit(db, unitId);
    const clash = db.select({ id: plans.id }).from(plans).where(and(eq(plans.unitId, unitId), eq(plans.year, year))).get();
    if (clash) throw new AppError('CONFLICT', 'plan.alreadyExists', { unit: unit.name, year });
    const now = clock.now();
    const id = clock.newId();
    const planTitle = title ?? defaultPlanTitle(unit.name, year);
    db.insert(plans).values({ id, unitId, year, title: planTitle, createdAt: now, updatedAt: now, carriedFromPlanId }).run();
    recordChange({ db, clock, planId: id, actor }, { entity: 'plan', entityId: id, entityLabel: planTitle, field: 'created', oldValue: null, newValue: planTitle });
    return id;
  }

  /** Creates a plan holding the given content, in one transaction. */
  function createWithContent(unitId: string, year: number, title: string | undefined, content: PlanTree, actor: string, carriedFrom: string | null = null): string {
    return db.transaction(() => {
      const id = newPlanRow(unitId, year, title, actor, carriedFrom);
      changePlan(db, clock, id, actor, (ctx) => writePlanTree(ctx, content));
      return id;
    });
  }

  return {
    createWithContent,
    replaceContent(planId: string, content: PlanTree, actor: string): void {
      changePlan(db, clock, planId, actor, (ctx) => {
        recordChange(ctx, { entity: 'plan', entityId: planId, entityLabel: 'Hela planen', field: 'imported', oldValue: null, newValue: null });
        writePlanTree(ctx, content);
      });
    },
    updateMeta(planId: string, patch: Partial<PlanMeta> & { title?: string }, actor: string): void {
      changePlan(db, clock, planId, actor, (ctx) => {
        const row = planRow(db, planId);
        const before = { title: row.title, diarienummer: row.diarienummer, adoptedOn: row.adoptedOn, decisionBody: row.decisionBody, processOwner: row.processOwner };
        const after = { ...before, ...patch };
        recordFieldChanges(ctx, { entity: 'plan', entityId: planId, entityLabel: after.title }, before, after);
        db.update(plans).set(after).where(eq(plans.id, planId)).run();
      });
    },
    /** Adopting locks the plan; reopening unlocks it; who and when is kept on the plan and in its history. */
    setStatus(planId: string, status: PlanStatus, actor: string): void {
      db.transaction(() => {
        const row = localPlanRow(db, planId);
        if (row.status === status) return;
        const now = clock.now();
        const adoptedOn = status === 'adopted' && !row.adoptedOn ? now.slice(0, 10) : row.adoptedOn;
        const ctx = { db, clock, planId, actor };
        recordFieldChanges(ctx, { entity: 'plan', entityId: planId, entityLabel: row.title }, { status: row.status, adoptedOn: row.adoptedOn }, { status, adoptedOn });
        db.update(plans).set({ status, adoptedOn, statusChangedBy: actor, statusChangedAt: now, updatedAt: now }).where(eq(plans.id, planId)).run();
      });
    },
    /** Next year's plan from this one; open actions come along, marked as carried over, and so do the checklists. */
    rollover(planId: string, actor: string): string {
      const source = planRow(db, planId);
      const content = planContent(db, planId);
      const tree: PlanTree = {
        ...content,
        meta: { ...content.meta, diarienummer: '', adoptedOn: null },
        processes: content.processes.map((process) => ({
          ...process,
          risks: process.risks.map((risk) => ({ ...risk, actions: risk.actions.filter((action) => OPEN_ACTION.has(action.status)) })),
        })),
      };
      return db.transaction(() => {
        const id = createWithContent(source.unitId, source.year + 1, undefined, tree, actor, planId);
        copyChecklistsForRollover(db, clock, planId, id, actor);
        return id;
      });
    },
  };
}
