import { childrenOf, syncedTableNames, syncedTables, type SyncedTableName } from '../../shared/sync/tables';
import type { SyncContext } from './context';
import { isLive, rowValuesOf, RowSet } from './row-state';
import { encodeValue, type RowValues } from './table-rows';

interface Write {
  table: SyncedTableName;
  rowKey: string;
  kind: 'insert' | 'update' | 'delete';
  values: RowValues | null;
  /** An update that changes the row's unique key: it is moved aside first, so swaps and merges never collide half-way. */
  movesKey: boolean;
}

/** Unique keys moved out of the way for the length of one transaction; the row's own id keeps each one distinct. */
const moveAside: Partial<Record<SyncedTableName, string>> = {
  units: "UPDATE units SET name = char(0) || id WHERE id = ?",
  plans: 'UPDATE plans SET year = -rowid WHERE id = ?',
  quality_areas: "UPDATE quality_areas SET name = char(0) || id WHERE id = ?",
  checklist_template_versions: 'UPDATE checklist_template_versions SET version = -rowid WHERE id = ?',
  manual_results: "UPDATE manual_results SET period_start = char(0) || id WHERE id = ?",
  report_categories: "UPDATE report_categories SET name = char(0) || id WHERE id = ?",
};

const differs = (table: SyncedTableName, a: RowValues, b: RowValues, columns = syncedTables[table].columns) =>
  columns.some((column) => encodeValue(a[column] ?? null) !== encodeValue(b[column] ?? null));

/**
 * Brings the live tables in line with the registers for the rows that changed: a row is there
 * when its latest word is that it exists, it was not merged into another, every field has
 * arrived and its parents are there. Rows that appear or go take their children along into
 * the same pass. Parents are written before children and deleted after them, with the
 * triggers held off so none of this counts as a local change.
 */
export function materialise(ctx: SyncContext, changed: RowSet): number {
  const pending = new RowSet();
  for (const table of syncedTableNames) for (const key of changed.of(table)) pending.add(table, key);
  const planned = new Map<string, boolean>();
  const writes: Write[] = [];
  const importedNamesake = ctx.sqlite.prepare<[string, string], { id: string }>(
    "SELECT id FROM units WHERE lower(name) = lower(?) AND id <> ? AND origin = 'imported'",
  );

  function isThere(table: SyncedTableName, id: string): boolean {
    const known = planned.get(`${table}:${id}`);
    if (known !== undefined) return known;
    const row = ctx.rows.read(table, id);
    return row !== undefined && ctx.scope.originOfRow(table, row) === 'local';
  }

  function desiredRow(table: SyncedTableName, rowKey: string): RowValues | null {
    const fields = ctx.store.row(table, rowKey);
    if (!isLive(fields)) return null;
    const values = rowValuesOf(table, fields);
    if (!values) return null;
    for (const parent of syncedTables[table].parents) {
      const id = values[parent.column];
      if (typeof id !== 'string' || isThere(parent.table, id)) continue;
      if (parent.mode !== 'nullify') return null;
      values[parent.column] = null;
    }
    if (table === 'units' && importedNamesake.get(String(values.name), rowKey)) {
      ctx.blocked.set(rowKey, { unitId: rowKey, name: String(values.name) });
      return null;
    }
    return values;
  }

  for (const table of syncedTableNames) {
    const spec = syncedTables[table];
    for (const rowKey of pending.of(table)) {
      const current = ctx.rows.read(table, rowKey);
      if (current && ctx.scope.originOfRow(table, current) !== 'local') continue;
      const desired = desiredRow(table, rowKey);
      planned.set(`${table}:${rowKey}`, desired !== null);
      if (desired && !current) writes.push({ table, rowKey, kind: 'insert', values: desired, movesKey: false });
      else if (desired && current && differs(table, desired, current)) {
        const movesKey = !!spec.unique && differs(table, desired, current, spec.unique.columns);
        writes.push({ table, rowKey, kind: 'update', values: desired, movesKey });
      } else if (!desired && current) writes.push({ table, rowKey, kind: 'delete', values: null, movesKey: true });
      if (!current === !desired || spec.key.length !== 1) continue;
      const children = childrenOf(table);
      for (const { tbl, row_key, field } of ctx.store.referring(rowKey)) {
        if (children.some((child) => child.table === tbl && child.ref.column === field)) pending.add(tbl, row_key);
      }
    }
  }
  if (writes.length === 0) return 0;

  ctx.sqlite.prepare('INSERT OR IGNORE INTO sync_applying (id) VALUES (1)').run();
  for (const write of writes) {
    const aside = moveAside[write.table];
    if (aside && write.movesKey) ctx.sqlite.prepare(aside).run(write.rowKey);
  }
  for (const write of writes) {
    if (write.kind === 'insert') ctx.rows.insert(write.table, write.values!);
    if (write.kind === 'update') ctx.rows.update(write.table, write.rowKey, write.values!);
  }
  for (const write of [...writes].reverse()) if (write.kind === 'delete') ctx.rows.remove(write.table, write.rowKey);
  ctx.sqlite.prepare('DELETE FROM sync_applying').run();
  ctx.scope.forget();
  return writes.length;
}
