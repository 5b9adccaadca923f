import type Database from 'better-sqlite3';
import { syncedTableNames, syncedTables, type SyncedTableName } from '../../shared/sync/tables';
import type { RowValues } from './table-rows';

export type Origin = 'local' | 'imported' | 'missing';

/** Each table's first parent leads, step by step, to the unit that owns the row. */
const owner = (table: SyncedTableName) => syncedTables[table].parents[0];

/**
 * Whose a row in the live database is: a unit of this device's own ('local'), or one read
 * from a yearly bundle ('imported'), which never syncs. Answers are cached per round.
 */
export function createUnitScope(sqlite: Database.Database) {
  const unitOrigin = sqlite.prepare<[string], { origin: 'local' | 'imported' }>('SELECT origin FROM units WHERE id = ?');
  const ownerOf = Object.fromEntries(
    syncedTableNames
      .filter((table) => owner(table) && syncedTables[table].key.length === 1)
      .map((table) => [
        table,
        sqlite.prepare<[string], { parent: string }>(`SELECT "${owner(table)!.column}" AS parent FROM "${table}" WHERE "${syncedTables[table].key[0]}" = ?`),
      ]),
  );
  const cache = new Map<string, Origin>();

  function originOf(table: SyncedTableName, id: string): Origin {
    const cacheKey = `${table}:${id}`;
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    let origin: Origin;
    if (table === 'units') {
      origin = unitOrigin.get(id)?.origin ?? 'missing';
    } else {
      const parent = ownerOf[table]?.get(id)?.parent;
      origin = parent === undefined ? 'missing' : originOf(owner(table)!.table, parent);
    }
    cache.set(cacheKey, origin);
    return origin;
  }

  return {
    /** The origin of a row whose values are at hand (it is in the database now). */
    originOfRow(table: SyncedTableName, values: RowValues): Origin {
      if (table === 'units') return originOf('units', String(values.id));
      const ref = owner(table)!;
      const parent = values[ref.column];
      return typeof parent === 'string' ? originOf(ref.table, parent) : 'missing';
    },
    forget: () => cache.clear(),
  };
}

export type UnitScope = ReturnType<typeof createUnitScope>;
