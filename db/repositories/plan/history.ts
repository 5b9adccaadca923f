import { asc, desc, eq } from 'drizzle-orm';
import type { HistoryEntry } from '../../../shared/domain/plan-detail';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { planHistory } from '../../schema';
import { planRow } from './guard';

/** Who changes which plan, and with what clock: passed to every write that is recorded. */
export interface ChangeContext {
  db: AppDatabase;
  clock: Clock;
  planId: string;
  actor: string;
}

export interface Change {
  entity: string;
  entityId: string;
  entityLabel: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function recordChange(ctx: ChangeContext, change: Change): void {
  ctx.db
    .insert(planHistory)
    .values({
      id: ctx.clock.newId(),
      planId: ctx.planId,
      at: ctx.clock.now(),
      actor: ctx.actor,
      entity: change.entity,
      entityId: change.entityId,
      entityLabel: change.entityLabel,
      field: change.field,
      oldValue: asText(change.oldValue),
      newValue: asText(change.newValue),
    })
    .run();
}

/** Records one history row per field whose value differs between before and after. */
export function recordFieldChanges(
  ctx: ChangeContext,
  target: { entity: string; entityId: string; entityLabel: string },
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): number {
  let changed = 0;
  for (const field of Object.keys(after)) {
    const oldValue = asText(before[field]);
    const newValue = asText(after[field]);
    if (oldValue === newValue) continue;
    recordChange(ctx, { ...target, field, oldValue, newValue });
    changed++;
  }
  return changed;
}

export function listHistory(db: AppDatabase, planId: string): HistoryEntry[] {
  planRow(db, planId);
  return db
    .select()
    .from(planHistory)
    .where(eq(planHistory.planId, planId))
    .orderBy(desc(planHistory.at), asc(planHistory.id))
    .all()
    .map(({ planId: _planId, ...entry }) => entry);
}
