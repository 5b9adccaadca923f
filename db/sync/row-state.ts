import { EXISTS, MERGED_INTO, syncedTables, type SyncedTableName } from '../../shared/sync/tables';
import type { RowFields } from './register-store';
import { decodeValue, type RowValues, type SqlValue } from './table-rows';

/** Whether the row's latest word is that it exists. */
export const existsIn = (fields: RowFields): boolean => fields.get(EXISTS)?.value === '1';

/** The row this one was merged into, when two devices made the same row. */
export function mergedIntoOf(fields: RowFields): string | null {
  const register = fields.get(MERGED_INTO);
  if (!register) return null;
  const target = decodeValue(register.value);
  return typeof target === 'string' ? target : null;
}

/** Exists and has not been merged into another row. */
export const isLive = (fields: RowFields): boolean => existsIn(fields) && mergedIntoOf(fields) === null;

export function valueIn(fields: RowFields, column: string): SqlValue | undefined {
  const register = fields.get(column);
  return register ? decodeValue(register.value) : undefined;
}

/** Every column's value, or null while some column has not arrived yet. */
export function rowValuesOf(table: SyncedTableName, fields: RowFields): RowValues | null {
  const values: RowValues = {};
  for (const column of syncedTables[table].columns) {
    const value = valueIn(fields, column);
    if (value === undefined) return null;
    values[column] = value;
  }
  return values;
}

/** A set of rows per table, in the order the tables are written. */
export class RowSet {
  private readonly rows = new Map<SyncedTableName, Set<string>>();

  add(table: SyncedTableName, rowKey: string): void {
    let keys = this.rows.get(table);
    if (!keys) this.rows.set(table, (keys = new Set()));
    keys.add(rowKey);
  }

  of(table: SyncedTableName): Set<string> {
    return this.rows.get(table) ?? new Set();
  }

  get size(): number {
    let total = 0;
    for (const keys of this.rows.values()) total += keys.size;
    return total;
  }
}
