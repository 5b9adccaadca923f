import { backupsFolderOf } from '../../../db/backups/file-names';
import { listBackups, localDay, type BackupFile } from '../../../db/backups/list';
import { rotateBackups } from '../../../db/backups/rotate';
import { takeBackup } from '../../../db/backups/take-backup';
import { AppError } from '../../../shared/errors';
import { restoreBackup, type RestoreContext, type RestoreResult } from './restore-backup';

export interface BackupService {
  folder: string;
  /** Newest first. */
  list(): BackupFile[];
  create(kind: 'daily' | 'manual'): BackupFile;
  /** Takes today's daily copy unless one exists; null when there was one (or a restore is running). */
  takeDailyIfDue(): BackupFile | null;
  restore(id: string): Promise<RestoreResult>;
}

/** The backups of the one open database: each new copy is followed by the rotation rule. */
export function createBackupService(context: RestoreContext): BackupService {
  const { database, now } = context;
  let restoring: Promise<RestoreResult> | null = null;

  const take = (kind: 'daily' | 'manual', at = now()) => {
    const backup = takeBackup(database.sqlite, database.file, kind, at);
    rotateBackups(database.file);
    return backup;
  };

  return {
    folder: backupsFolderOf(database.file),
    list: () => listBackups(database.file),
    create: (kind) => take(kind),
    takeDailyIfDue() {
      if (restoring) return null;
      const at = now();
      const today = localDay(at);
      const taken = listBackups(database.file).some((backup) => backup.kind === 'daily' && localDay(backup.takenAt) === today);
      return taken ? null : take('daily', at);
    },
    async restore(id) {
      if (restoring) throw new AppError('CONFLICT', 'backups.restoreInProgress');
      restoring = restoreBackup(context, id);
      try {
        const result = await restoring;
        rotateBackups(database.file);
        return result;
      } finally {
        restoring = null;
      }
    },
  };
}
