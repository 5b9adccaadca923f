import { syncedTables, type SyncedTableName } from '../../shared/sync/tables';
import type { RowFields } from './register-store';
import { valueIn } from './row-state';

/** SQLite's lower() folds ASCII letters only; the unique indexes use it, so the comparison here does too. */
export const asciiLower = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/** The row's unique key as one text, or null when the table has none or a part has not arrived. */
export function uniqueKeyOf(table: SyncedTableName, fields: RowFields): string | null {
  const unique = syncedTables[table].unique;
  if (!unique) return null;
  const parts = [];
  for (const column of unique.columns) {
    const value = valueIn(fields, column);
    if (value === undefined) return null;
    parts.push(column === unique.caseless && typeof value === 'string' ? asciiLower(value) : value);
  }
  return JSON.stringify(parts);
}
