import { wins, type Register } from '../../shared/sync/register';
import { syncedTables, type SyncedTableName } from '../../shared/sync/tables';
import type { SyncContext } from './context';
import { isLive, RowSet } from './row-state';

/** A value of this device's that another device's write replaced without having seen it. */
export interface Overwrite {
  mine: Register;
  theirs: Register;
}

/** Bookkeeping columns: two devices writing them at once is no conflict worth showing. */
const quietColumns = new Set(['created_at', 'updated_at', 'position', 'status_changed_at', 'status_changed_by']);

function isPlanContent(table: SyncedTableName, field: string): boolean {
  const spec = syncedTables[table];
  if (!spec.historyEntity || !spec.columns.includes(field) || quietColumns.has(field)) return false;
  return !spec.key.includes(field) && !spec.parents.some((parent) => parent.column === field);
}

/**
 * Takes in other devices' writes, field by field: a write replaces the register when it wins
 * (later stamp, then greater device id), so every device ends with the same value whatever
 * the order the files came in. Plan content this device showed and another device replaced
 * without having seen it is returned, for the plan's history.
 */
export function applyRemote(ctx: SyncContext, registers: Iterable<Register>): { changed: RowSet; applied: number; overwrites: Overwrite[] } {
  const changed = new RowSet();
  const overwrites: Overwrite[] = [];
  let applied = 0;
  for (const register of registers) {
    const current = ctx.store.get(register.table, register.rowKey, register.field);
    if (current && !wins(register, current)) continue;
    if (
      current &&
      current.value !== register.value &&
      register.base !== current.hlc &&
      isPlanContent(register.table, register.field) &&
      isLive(ctx.store.row(register.table, register.rowKey))
    ) {
      overwrites.push({ mine: current, theirs: register });
    }
    ctx.store.put(register);
    changed.add(register.table, register.rowKey);
    applied++;
  }
  return { changed, applied, overwrites };
}
