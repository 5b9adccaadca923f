import { eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { recordChange, recordFieldChanges, type ChangeContext } from './history';
import { changePlan } from './plan-change';
import { moveRow, nextPosition, compactPositions, type OrderedTable } from './ordering';

type Row = Record<string, unknown> & { id: string; position: number };

/** The message for a child that is gone, one per kind so every language names it. */
export type MissingKey = 'plan.processMissing' | 'plan.controlMissing' | 'plan.actionMissing' | 'plan.qualityAreaMissing' | 'plan.improvementAreaMissing';

/** How one kind of ordered child of a plan (process, control, action, area) is stored and described. */
export interface ChildSpec<Content extends Record<string, unknown>> {
  entity: string;
  table: SQLiteTable & { id: SQLiteColumn };
  ordered: OrderedTable;
  /** The property that holds the parent's id, e.g. `planId` or `riskId`. */
  parentKey: string;
  planIdOfParent(db: AppDatabase, parentId: string): string;
  planIdOfRow(db: AppDatabase, id: string): string;
  label(content: Content): string;
  content(row: Row): Content;
  missing: MissingKey;
}

export function createChildRepository<Content extends Record<string, unknown>>(db: AppDatabase, clock: Clock, spec: ChildSpec<Content>) {
  function load(id: string): Row {
    const row = db.select().from(spec.table).where(eq(spec.table.id, id)).get() as Row | undefined;
    if (!row) throw new AppError('NOT_FOUND', spec.missing);
    return row;
  }

  const target = (id: string, content: Content) => ({ entity: spec.entity, entityId: id, entityLabel: spec.label(content) });

  return {
    create(parentId: string, content: Content, actor: string, extra: Record<string, unknown> = {}): string {
      const planId = spec.planIdOfParent(db, parentId);
      return changePlan(db, clock, planId, actor, (ctx) => insertChild(ctx, spec, parentId, content, extra));
    },
    update(id: string, patch: Partial<Content>, actor: string): string {
      const planId = spec.planIdOfRow(db, id);
      changePlan(db, clock, planId, actor, (ctx) => {
        const before = spec.content(load(id));
        const after = { ...before, ...patch };
        if (recordFieldChanges(ctx, target(id, after), before, after) === 0) return;
        db.update(spec.table).set(patch).where(eq(spec.table.id, id)).run();
      });
      return planId;
    },
    remove(id: string, actor: string): string {
      const planId = spec.planIdOfRow(db, id);
      changePlan(db, clock, planId, actor, (ctx) => {
        const row = load(id);
        const content = spec.content(row);
        recordChange(ctx, { ...target(id, content), field: 'deleted', oldValue: content, newValue: null });
        db.delete(spec.table).where(eq(spec.table.id, id)).run();
        compactPositions(db, spec.ordered, row[spec.parentKey] as string);
      });
      return planId;
    },
    move(id: string, toIndex: number, actor: string): string {
      const planId = spec.planIdOfRow(db, id);
      changePlan(db, clock, planId, actor, (ctx) => {
        const row = load(id);
        const parentId = row[spec.parentKey] as string;
        const index = moveRow(db, spec.ordered, id, parentId, parentId, toIndex);
        if (index !== row.position) {
          recordChange(ctx, { ...target(id, spec.content(row)), field: 'position', oldValue: row.position + 1, newValue: index + 1 });
        }
      });
      return planId;
    },
  };
}

/** Inserts a child inside an open plan change; used by create and by whole-plan imports. */
export function insertChild<Content extends Record<string, unknown>>(
  ctx: ChangeContext,
  spec: ChildSpec<Content>,
  parentId: string,
  content: Content,
  extra: Record<string, unknown> = {},
): string {
  const id = ctx.clock.newId();
  const position = nextPosition(ctx.db, spec.ordered, parentId);
  ctx.db
    .insert(spec.table)
    .values({ id, [spec.parentKey]: parentId, position, ...content, ...extra } as never)
    .run();
  recordChange(ctx, { entity: spec.entity, entityId: id, entityLabel: spec.label(content), field: 'created', oldValue: null, newValue: content });
  return id;
}
