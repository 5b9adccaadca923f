import { EXISTS, isSyncedTable, syncedTables, type SyncedTableName } from '../../shared/sync/tables';
import { writeLocal, type SyncContext } from './context';
import { existsIn } from './row-state';
import { encodeValue } from './table-rows';

interface DirtyRow {
  tbl: string;
  row_key: string;
  at: string;
}

function captureRow(ctx: SyncContext, table: SyncedTableName, rowKey: string, wallMs: number): boolean {
  const values = ctx.rows.read(table, rowKey);
  const fields = ctx.store.row(table, rowKey);
  if (values) {
    if (ctx.scope.originOfRow(table, values) !== 'local') return false;
    let changed = false;
    for (const column of syncedTables[table].columns) {
      const text = encodeValue(values[column] ?? null);
      if (fields.get(column)?.value === text) continue;
      writeLocal(ctx, table, rowKey, column, text, { wallMs });
      changed = true;
    }
    if (!existsIn(fields)) {
      writeLocal(ctx, table, rowKey, EXISTS, '1', { wallMs });
      changed = true;
    }
    return changed;
  }
  if (!existsIn(fields)) return false;
  // A deletion remembers the last edit it saw, so an edit made elsewhere that it never saw outlives it.
  const marker = syncedTables[table].editMarker;
  const base = marker ? (fields.get(marker)?.hlc ?? null) : (fields.get(EXISTS)?.hlc ?? null);
  writeLocal(ctx, table, rowKey, EXISTS, '0', { wallMs, base });
  return true;
}

/**
 * Turns the rows the triggers marked into stamped field changes: each field that differs from
 * its register gets a new stamp from the time the row was written, a deleted row a tombstone.
 * Rows of imported units are dropped here: they never leave this device.
 */
export function captureLocalChanges(ctx: SyncContext, limit = Number.MAX_SAFE_INTEGER): { rows: number; more: boolean } {
  const dirty = ctx.sqlite.prepare<[number], DirtyRow>('SELECT tbl, row_key, at FROM sync_dirty ORDER BY at LIMIT ?').all(limit + 1);
  const taken = dirty.slice(0, limit);
  const forget = ctx.sqlite.prepare('DELETE FROM sync_dirty WHERE tbl = ? AND row_key = ?');
  let rows = 0;
  for (const { tbl, row_key: rowKey, at } of taken) {
    forget.run(tbl, rowKey);
    if (!isSyncedTable(tbl)) continue;
    const wallMs = Date.parse(at);
    if (captureRow(ctx, tbl, rowKey, Number.isNaN(wallMs) ? ctx.wallNow() : wallMs)) rows++;
  }
  return { rows, more: dirty.length > limit };
}
