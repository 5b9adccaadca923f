import { createHash } from 'node:crypto';
import { wallTimeOf } from '../../shared/sync/hlc';
import { EXISTS, syncedTables, type ParentRef, type SyncedTableName } from '../../shared/sync/tables';
import type { Overwrite } from './apply-remote';
import { writeLocal, type SyncContext } from './context';
import { mergedIntoOf, RowSet, valueIn } from './row-state';
import { decodeValue, encodeValue, type SqlValue } from './table-rows';

/** The column that names a row of plan content in the history, as the plan's own history does. */
const labelColumn: Partial<Record<SyncedTableName, string>> = {
  plans: 'title',
  quality_areas: 'name',
  improvement_areas: 'text',
  processes: 'name',
  risks: 'text',
  controls: 'definition',
  actions: 'text',
  checklist_templates: 'name',
};

/** The plan history names fields as the domain does (decisionBody), not as the columns do. */
const fieldNames: Record<string, string> = { process_group: 'group' };
const fieldName = (column: string) => fieldNames[column] ?? column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** The same overwrite seen on several devices becomes the same history row, not one per device. */
export function overwriteId(overwrite: Overwrite): string {
  const { mine, theirs } = overwrite;
  const hex = createHash('sha256')
    .update([mine.table, mine.rowKey, mine.field, mine.hlc, mine.device, theirs.hlc, theirs.device].join('\n'))
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The plan a row of plan content belongs to, found through the registers (the row may not be in the database). */
export function planIdOf(ctx: SyncContext, table: SyncedTableName, rowKey: string): string | null {
  let current: { table: SyncedTableName; id: string } | null = { table, id: rowKey };
  for (let depth = 0; current && depth < 8; depth++) {
    const fields = ctx.store.row(current.table, current.id);
    if (current.table === 'plans') return mergedIntoOf(fields) ?? current.id;
    const owner: ParentRef | undefined = syncedTables[current.table].parents[0];
    const parentId: unknown = owner ? valueIn(fields, owner.column) : undefined;
    current = owner && typeof parentId === 'string' ? { table: owner.table, id: parentId } : null;
  }
  return null;
}

const asText = (value: SqlValue): string | null => (value === null ? null : String(value));

/**
 * Writes each overwritten value into the plan's history as a change of its own, signed by the
 * person whose edit won, so the user finds what was lost in the history view and can put it back.
 */
export function recordOverwrites(ctx: SyncContext, overwrites: Overwrite[], authorOf: (device: string) => string, changed: RowSet): number {
  let recorded = 0;
  for (const overwrite of overwrites) {
    const { mine, theirs } = overwrite;
    const planId = planIdOf(ctx, mine.table, mine.rowKey);
    const id = overwriteId(overwrite);
    if (!planId || ctx.store.get('plan_history', id, EXISTS)) continue;
    const fields = ctx.store.row(mine.table, mine.rowKey);
    const label = labelColumn[mine.table];
    const labelValue = label ? valueIn(fields, label) : null;
    const entry: Record<string, SqlValue> = {
      id,
      plan_id: planId,
      at: wallTimeOf(theirs.hlc),
      actor: `${authorOf(theirs.device)} (via synkronisering)`,
      entity: syncedTables[mine.table].historyEntity ?? mine.table,
      entity_id: mine.rowKey,
      entity_label: typeof labelValue === 'string' ? short(labelValue) : '',
      field: fieldName(mine.field),
      old_value: asText(decodeValue(mine.value)),
      new_value: asText(decodeValue(theirs.value)),
    };
    for (const column of syncedTables.plan_history.columns) writeLocal(ctx, 'plan_history', id, column, encodeValue(entry[column] ?? null));
    writeLocal(ctx, 'plan_history', id, EXISTS, '1');
    changed.add('plan_history', id);
    recorded++;
  }
  return recorded;
}
