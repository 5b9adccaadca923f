import { swedishDateTime } from '../../shared/backups/format';
import { DatabaseOpenError } from '../open-error';
import { backupsFolderOf } from './file-names';
import type { BackupFile } from './list';
import { newestWholeBackup } from './replace-damaged';

function explain(file: string, findings: string[], backup: BackupFile | null): string {
  const what = `Databasfilen ${file} är skadad och kan inte användas (${findings.slice(0, 3).join('; ')}).`;
  if (!backup) {
    return (
      `${what} Det finns ingen hel säkerhetskopia att återställa i ${backupsFolderOf(file)}. Filen har inte ändrats. ` +
      'Ta inte bort den: kontakta IT-stödet, som kan försöka rädda uppgifterna ur den.'
    );
  }
  return (
    `${what} Den senaste hela säkerhetskopian är från ${swedishDateTime(backup.takenAt)} (${backup.id}). ` +
    'Återställ den: den skadade filen flyttas då åt sidan, bredvid databasen, och tas inte bort. ' +
    'Det som sparades efter säkerhetskopian finns inte med i den.'
  );
}

/** A database that quick_check or SQLite itself found damaged, with the backup that can take its place. */
export class DatabaseDamagedError extends DatabaseOpenError {
  constructor(
    readonly file: string,
    readonly findings: string[],
    readonly backup: BackupFile | null,
  ) {
    super(explain(file, findings, backup));
    this.name = 'DatabaseDamagedError';
  }
}

export function damagedDatabaseError(file: string, findings: string[]): DatabaseDamagedError {
  return new DatabaseDamagedError(file, findings, newestWholeBackup(file));
}
