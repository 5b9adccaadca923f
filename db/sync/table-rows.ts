import type Database from 'better-sqlite3';
import { splitRowKey, syncedTableNames, syncedTables, type SyncedTableName } from '../../shared/sync/tables';

export type SqlValue = string | number | null;
export type RowValues = Record<string, SqlValue>;

/** A column's value as register text: JSON, so that 1 and '1' and null stay apart. */
export const encodeValue = (value: SqlValue): string => JSON.stringify(value);

/** Register text back to a column's value; files are checked on reading to hold nothing else. */
export const decodeValue = (text: string): SqlValue => JSON.parse(text) as SqlValue;

const quote = (name: string) => `"${name}"`;

function statementsFor(sqlite: Database.Database, table: SyncedTableName) {
  const spec = syncedTables[table];
  const where = spec.key.map((column) => `${quote(column)} = ?`).join(' AND ');
  const columns = spec.columns.map(quote).join(', ');
  const updates = spec.columns.map((column) => `${quote(column)} = ?`).join(', ');
  return {
    select: sqlite.prepare<unknown[], RowValues>(`SELECT ${columns} FROM ${quote(table)} WHERE ${where}`),
    insert: sqlite.prepare(`INSERT INTO ${quote(table)} (${columns}) VALUES (${spec.columns.map(() => '?').join(', ')})`),
    update: sqlite.prepare(`UPDATE ${quote(table)} SET ${updates} WHERE ${where}`),
    remove: sqlite.prepare(`DELETE FROM ${quote(table)} WHERE ${where}`),
  };
}

/** The synced tables' rows in the live database, by the key the registers use. */
export function createTableRows(sqlite: Database.Database) {
  const statements = Object.fromEntries(syncedTableNames.map((table) => [table, statementsFor(sqlite, table)])) as Record<
    SyncedTableName,
    ReturnType<typeof statementsFor>
  >;
  const valuesOf = (table: SyncedTableName, values: RowValues) => syncedTables[table].columns.map((column) => values[column] ?? null);

  return {
    read(table: SyncedTableName, rowKey: string): RowValues | undefined {
      return statements[table].select.get(...splitRowKey(rowKey));
    },
    insert(table: SyncedTableName, values: RowValues): void {
      statements[table].insert.run(...valuesOf(table, values));
    },
    update(table: SyncedTableName, rowKey: string, values: RowValues): void {
      statements[table].update.run(...valuesOf(table, values), ...splitRowKey(rowKey));
    },
    remove(table: SyncedTableName, rowKey: string): void {
      statements[table].remove.run(...splitRowKey(rowKey));
    },
  };
}

export type TableRows = ReturnType<typeof createTableRows>;
