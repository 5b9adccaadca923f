import type Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';

export interface MigrationStatus {
  pending: number;
  /** The file holds migrations this version of the app does not know. */
  newerThanApp: boolean;
  /** The file already holds tables, so it is worth a copy before migrating. */
  hasUserData: boolean;
}

const MIGRATIONS_TABLE = '__drizzle_migrations';

export function pendingMigrations(sqlite: Database.Database, migrationsFolder: string): MigrationStatus {
  const known = readMigrationFiles({ migrationsFolder });
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const hasUserData = tables.length > 0;
  if (!tables.includes(MIGRATIONS_TABLE)) {
    return { pending: known.length, newerThanApp: false, hasUserData };
  }
  const applied = sqlite.prepare(`SELECT created_at FROM ${MIGRATIONS_TABLE}`).pluck().all() as number[];
  const last = applied.reduce((max, value) => Math.max(max, Number(value)), 0);
  const newestKnown = known.reduce((max, m) => Math.max(max, m.folderMillis), 0);
  return {
    pending: known.filter((m) => m.folderMillis > last).length,
    newerThanApp: last > newestKnown,
    hasUserData,
  };
}
