import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { commitPartial } from './durable-files';
import { fileStamp } from './file-names';
import { listBackups, type BackupFile } from './list';
import { checkDatabaseFile } from './verify';

/** The files SQLite keeps beside a database; a stale journal must never meet the restored file. */
const companions = ['', '-wal', '-shm', '-journal'];

/** The newest backup that passes quick_check, or null when there is none. */
export function newestWholeBackup(databaseFile: string): BackupFile | null {
  return listBackups(databaseFile).find((backup) => checkDatabaseFile(backup.file).length === 0) ?? null;
}

/**
 * Puts a backup in the place of a damaged database that no connection has open. The
 * damaged file (with its journal files) is renamed beside it, never deleted, so IT
 * support can still try to rescue what was saved after the backup.
 */
export function replaceDamagedDatabase(databaseFile: string, backup: BackupFile, at: Date): { asideFile: string } {
  const findings = checkDatabaseFile(backup.file);
  if (findings.length > 0) {
    throw new AppError('CONFLICT', 'backups.replacementDamaged', { takenAt: backup.takenAt, finding: findings[0] ?? '' });
  }
  const folder = path.dirname(databaseFile);
  const partial = `${databaseFile}.partial`;
  try {
    fs.copyFileSync(backup.file, partial);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  const asideFile = `${databaseFile}.skadad-${fileStamp(at)}`;
  for (const suffix of companions) {
    if (fs.existsSync(databaseFile + suffix)) fs.renameSync(databaseFile + suffix, asideFile + suffix);
  }
  commitPartial(partial, databaseFile, folder);
  return { asideFile };
}
