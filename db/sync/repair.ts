import { wins } from '../../shared/sync/register';
import { EXISTS, MERGED_INTO, rowKey, splitRowKey, syncedTables, type SyncedTableName } from '../../shared/sync/tables';
import { writeLocal, type SyncContext } from './context';
import type { RowFields } from './register-store';
import { existsIn, isLive, mergedIntoOf, RowSet, valueIn } from './row-state';
import { uniqueKeyOf } from './unique-key';
import { encodeValue } from './table-rows';

/**
 * After other devices' writes are in, the registers may hold states no single device made:
 * a deleted run that got answers elsewhere, the same unit made twice, a tag on a merged area.
 * Each is mended here by a write of this device's, the same write any device would make from
 * the same registers, so all devices agree once the writes have travelled.
 */
export function repairMerged(ctx: SyncContext, changed: RowSet): void {
  const queue: [SyncedTableName, string][] = [];
  const queued = new Set<string>();
  const enqueue = (table: SyncedTableName, key: string) => {
    changed.add(table, key);
    const id = `${table}:${key}`;
    if (queued.has(id)) return;
    queued.add(id);
    queue.push([table, key]);
  };
  for (const table of Object.keys(syncedTables) as SyncedTableName[]) for (const key of changed.of(table)) enqueue(table, key);

  const write = (table: SyncedTableName, key: string, field: string, value: string) => {
    writeLocal(ctx, table, key, field, value);
    enqueue(table, key);
  };

  function resolveMerged(table: SyncedTableName, id: string): string {
    let current = id;
    for (let step = 0; step < 32; step++) {
      const next = mergedIntoOf(ctx.store.row(table, current));
      if (next === null || next === current) return current;
      current = next;
    }
    return current;
  }

  function referringChildren(table: SyncedTableName, id: string, keepOnly: boolean) {
    return ctx.store.referring(id).filter(({ tbl, field }) =>
      syncedTables[tbl].parents.some((parent) => parent.table === table && parent.column === field && (!keepOnly || parent.mode === 'keep')),
    );
  }

  const hasLiveChild = (table: SyncedTableName, id: string) =>
    referringChildren(table, id, true).some(({ tbl, row_key }) => isLive(ctx.store.row(tbl, row_key)));

  function unseenEdit(fields: RowFields, marker: string): boolean {
    const tombstone = fields.get(EXISTS);
    const edit = fields.get(marker);
    return !!tombstone && !!edit && (tombstone.base === null || edit.hlc > tombstone.base);
  }

  /** Fields written on the merged-away row after the other row's win there too: no edit is lost to a merge. */
  function adopt(table: SyncedTableName, from: string, into: string) {
    const spec = syncedTables[table];
    const source = ctx.store.row(table, from);
    const target = ctx.store.row(table, into);
    const fixed = new Set([...spec.key, ...(spec.unique?.columns ?? []), ...spec.parents.map((parent) => parent.column)]);
    for (const column of spec.columns) {
      if (fixed.has(column)) continue;
      const theirs = source.get(column);
      const ours = target.get(column);
      if (theirs && ours && theirs.value !== ours.value && wins(theirs, ours)) write(table, into, column, theirs.value);
    }
  }

  /** A row whose key holds the link (a risk's tag) moves by becoming a new row under the new key. */
  function rekey(table: SyncedTableName, key: string, fields: RowFields, column: string, target: string) {
    const spec = syncedTables[table];
    const parts = splitRowKey(key);
    parts[spec.key.indexOf(column)] = target;
    const moved = rowKey(parts);
    for (const field of spec.columns) {
      const value = field === column ? encodeValue(target) : fields.get(field)?.value;
      if (value !== undefined && ctx.store.get(table, moved, field)?.value !== value) write(table, moved, field, value);
    }
    if (!existsIn(ctx.store.row(table, moved))) write(table, moved, EXISTS, '1');
    write(table, key, EXISTS, '0');
  }

  function resolveUnique(table: SyncedTableName, key: string, fields: RowFields) {
    const unique = syncedTables[table].unique!;
    const own = uniqueKeyOf(table, fields);
    if (own === null) return;
    const scope = syncedTables[table].parents.find((parent) => unique.columns.includes(parent.column));
    const scopeId = scope ? valueIn(fields, scope.column) : null;
    const siblings = scope
      ? typeof scopeId === 'string'
        ? ctx.store.referring(scopeId).filter(({ tbl, field }) => tbl === table && field === scope.column).map(({ row_key }) => row_key)
        : []
      : ctx.store.rowKeysOf(table);
    const group = [key, ...siblings.filter((other) => other !== key && isLive(ctx.store.row(table, other)) && uniqueKeyOf(table, ctx.store.row(table, other)) === own)];
    if (group.length < 2) return;
    group.sort();
    const [winner, ...losers] = group as [string, ...string[]];
    if (unique.resolve === 'merge') {
      for (const loser of losers) {
        write(table, loser, MERGED_INTO, encodeValue(winner));
        adopt(table, loser, winner);
      }
      return;
    }
    // renumber: the numbers already taken among the live siblings, then the next free one for each loser
    const column = unique.columns.find((name) => name !== scope?.column)!;
    let next = Math.max(0, ...siblings.map((other) => Number(valueIn(ctx.store.row(table, other), column) ?? 0)), Number(valueIn(fields, column) ?? 0)) + 1;
    for (const loser of losers) write(table, loser, column, encodeValue(next++));
    enqueue(table, winner);
  }

  function repairRow(table: SyncedTableName, key: string) {
    const spec = syncedTables[table];
    let fields = ctx.store.row(table, key);
    if (!fields.has(EXISTS)) return;
    const mergedInto = mergedIntoOf(fields);
    if (mergedInto !== null) {
      adopt(table, key, resolveMerged(table, mergedInto));
      for (const child of referringChildren(table, key, false)) enqueue(child.tbl, child.row_key);
      return;
    }
    if (!existsIn(fields)) {
      const comesBack =
        (spec.editMarker !== undefined && unseenEdit(fields, spec.editMarker)) || (spec.key.length === 1 && hasLiveChild(table, key));
      if (!comesBack) return;
      write(table, key, EXISTS, '1');
      fields = ctx.store.row(table, key);
    }
    for (const parent of spec.parents) {
      const id = valueIn(fields, parent.column);
      if (typeof id !== 'string') continue;
      const target = resolveMerged(parent.table, id);
      if (target === id) continue;
      if (spec.key.includes(parent.column)) return rekey(table, key, fields, parent.column, target);
      write(table, key, parent.column, encodeValue(target));
    }
    fields = ctx.store.row(table, key);
    for (const parent of spec.parents) {
      const id = valueIn(fields, parent.column);
      if (parent.mode !== 'keep' || typeof id !== 'string') continue;
      const parentFields = ctx.store.row(parent.table, id);
      if (parentFields.has(EXISTS) && !existsIn(parentFields)) write(parent.table, id, EXISTS, '1');
    }
    if (spec.unique) resolveUnique(table, key, fields);
  }

  for (let next = 0; next < queue.length; next++) {
    const [table, key] = queue[next]!;
    queued.delete(`${table}:${key}`);
    repairRow(table, key);
  }
}
