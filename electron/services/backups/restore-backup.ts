import Database from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { copyIntoLiveDatabase } from '../../../db/backups/copy-into';
import { findBackup, type BackupFile } from '../../../db/backups/list';
import { takeBackup } from '../../../db/backups/take-backup';
import { checkDatabaseFile } from '../../../db/backups/verify';
import type { OpenDatabase } from '../../../db/connection';
import { pendingMigrations } from '../../../db/migrations-status';
import { AppError } from '../../../shared/errors';

export interface RestoreContext {
  database: OpenDatabase;
  migrationsFolder: string;
  now(): Date;
}

export interface RestoreResult {
  restored: BackupFile;
  /** The data as it was just before the restore, kept as a backup of its own. */
  safetyCopy: BackupFile;
}

function migrationStatusOf(file: string, migrationsFolder: string) {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return pendingMigrations(sqlite, migrationsFolder);
  } finally {
    sqlite.close();
  }
}

/** Everything that could refuse the restore is checked before anything is written. */
function restorableBackup({ database, migrationsFolder }: RestoreContext, id: string): BackupFile {
  const chosen = findBackup(database.file, id);
  if (!chosen) {
    throw new AppError('NOT_FOUND', 'backups.notInFolder');
  }
  const findings = checkDatabaseFile(chosen.file);
  if (findings.length > 0) {
    throw new AppError('CONFLICT', 'backups.damaged', { takenAt: chosen.takenAt, finding: findings[0] ?? '' });
  }
  if (migrationStatusOf(chosen.file, migrationsFolder).newerThanApp) {
    throw new AppError('CONFLICT', 'backups.newerVersion', { takenAt: chosen.takenAt });
  }
  return chosen;
}

/**
 * Puts a backup's data in place of the open database while the app runs: the current
 * data is first copied to a backup of its own, then the chosen copy replaces it in one
 * write transaction. A copy from an older version is migrated at once; if that fails,
 * the data from just before is put back.
 */
export async function restoreBackup(context: RestoreContext, id: string): Promise<RestoreResult> {
  const { database, migrationsFolder, now } = context;
  const restored = restorableBackup(context, id);
  const safetyCopy = takeBackup(database.sqlite, database.file, 'before-restore', now());
  await copyIntoLiveDatabase(restored.file, database.file);
  try {
    if (pendingMigrations(database.sqlite, migrationsFolder).pending > 0) migrate(database.db, { migrationsFolder });
  } catch (error) {
    await copyIntoLiveDatabase(safetyCopy.file, database.file);
    throw new AppError(
      'INTERNAL',
      'backups.migrateFailed',
      { reason: (error as Error).message },
    );
  }
  return { restored, safetyCopy };
}
