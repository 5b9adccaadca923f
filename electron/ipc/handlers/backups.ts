import type { BackupFile } from '../../../db/backups/list';
import type { Backup } from '../../../shared/ipc/backups';
import type { BackupService } from '../../services/backups/backup-service';
import type { DomainHandlers } from '../handler-types';

/** Without the file's full path: the renderer names a backup by its id only. */
const shown = ({ id, kind, takenAt, sizeBytes }: BackupFile): Backup => ({ id, kind, takenAt, sizeBytes });

export function backupHandlers(backups: BackupService): DomainHandlers<'backups'> {
  return {
    list: () => ({ folder: backups.folder, backups: backups.list().map(shown) }),
    create: () => shown(backups.create('manual')),
    restore: async ({ id }) => {
      const { restored, safetyCopy } = await backups.restore(id);
      return { restored: shown(restored), safetyCopy: shown(safetyCopy) };
    },
  };
}
