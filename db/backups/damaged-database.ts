import type { AnyParams, MessageKey } from '../../shared/messages/catalogue';
import { DatabaseOpenError } from '../open-error';
import { backupsFolderOf } from './file-names';
import type { BackupFile } from './list';
import { newestWholeBackup } from './replace-damaged';

function explain(file: string, findings: string[], backup: BackupFile | null): [MessageKey, AnyParams] {
  const shown = findings.slice(0, 3).join('; ');
  return backup
    ? ['database.damagedWithBackup', { file, findings: shown, takenAt: backup.takenAt, backup: backup.id }]
    : ['database.damagedNoBackup', { file, findings: shown, folder: backupsFolderOf(file) }];
}


/** A database that quick_check or SQLite itself found damaged, with the backup that can take its place. */
export class DatabaseDamagedError extends DatabaseOpenError {
  constructor(
    readonly file: string,
    readonly findings: string[],
    readonly backup: BackupFile | null,
  ) {
    super(...(explain(file, findings, backup) as [MessageKey, never]));
    this.name = 'DatabaseDamagedError';
  }
}

export function damagedDatabaseError(file: string, findings: string[]): DatabaseDamagedError {
  return new DatabaseDamagedError(file, findings, newestWholeBackup(file));
}
