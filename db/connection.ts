import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';
import { damagedDatabaseError } from './backups/damaged-database';
import { takeBackup } from './backups/take-backup';
import { isDamageError, quickCheck } from './backups/verify';
import { pendingMigrations } from './migrations-status';
import { DatabaseOpenError } from './open-error';

export { DatabaseOpenError } from './open-error';

export type AppDatabase = BetterSQLite3Database<typeof schema>;

export interface OpenDatabase {
  file: string;
  sqlite: Database.Database;
  db: AppDatabase;
  /** The copy taken before this start's migrations, if any ran. */
  preMigrationBackup: string | null;
  close(): void;
}

export interface OpenOptions {
  migrationsFolder: string;
  now?: () => Date;
}

function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  // The commit that fills the WAL also copies it into the database and waits for the disk. At
  // SQLite's 1000 pages that was one answer in ~150 waiting ~5 ms; at 4000 (16 MB) one in ~500
  // waits ~15 ms instead, and 99 in 100 answers are acknowledged in about a millisecond.
  sqlite.pragma('wal_autocheckpoint = 4000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}

function connect(file: string): Database.Database {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file);
    applyPragmas(sqlite);
    return sqlite;
  } catch (error) {
    sqlite?.close();
    if (isDamageError(error)) throw damagedDatabaseError(file, [(error as Error).message]);
    throw new DatabaseOpenError('database.openFailed', { file, reason: (error as Error).message });
  }
}

/** quick_check at every start: a damaged file is reported with the backup that can replace it, before anything reads it. */
function assertWhole(sqlite: Database.Database, file: string): void {
  let findings: string[];
  try {
    findings = quickCheck(sqlite);
  } catch (error) {
    sqlite.close();
    if (!isDamageError(error)) throw error;
    findings = [(error as Error).message];
  }
  if (findings.length > 0) {
    if (sqlite.open) sqlite.close();
    throw damagedDatabaseError(file, findings);
  }
}

/**
 * Opens the one database of this process. A copy is taken before any migration,
 * and a failed migration is rolled back and reported: the user's file is never
 * deleted or "repaired".
 */
export function openDatabase(file: string, options: OpenOptions): OpenDatabase {
  const now = options.now ?? (() => new Date());
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = connect(file);
  assertWhole(sqlite, file);

  let preMigrationBackup: string | null = null;
  try {
    const status = pendingMigrations(sqlite, options.migrationsFolder);
    if (status.newerThanApp) {
      throw new DatabaseOpenError('database.newerVersion', { file });
    }
    if (status.pending > 0 && status.hasUserData) {
      preMigrationBackup = takeBackup(sqlite, file, 'before-migration', now()).file;
    }
    const db = drizzle(sqlite, { schema });
    if (status.pending > 0) migrate(db, { migrationsFolder: options.migrationsFolder });
    return { file, sqlite, db, preMigrationBackup, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    if (error instanceof DatabaseOpenError) throw error;
    const reason = (error as Error).message;
    throw preMigrationBackup
      ? new DatabaseOpenError('database.migrateFailedWithCopy', { file, copy: preMigrationBackup, reason })
      : new DatabaseOpenError('database.migrateFailed', { file, reason });
  }
}
