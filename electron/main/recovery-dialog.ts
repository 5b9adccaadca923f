import { dialog } from 'electron';
import type { DatabaseDamagedError } from '../../db/backups/damaged-database';
import type { BackupFile } from '../../db/backups/list';
import { recoverWithBackup } from '../app/recover-with-backup';
import { RESTORE_CHOICE, restorePrompt } from '../services/backups/recovery';
import type { AppServices, AppServicesOptions } from '../app/app-services';

/**
 * Asks whether to restore the newest whole backup over a damaged database. Only a yes
 * touches the files: the damaged one is moved aside (never deleted) and the app opens
 * on the backup; a no leaves everything as it was and the app ends.
 */
export function offerRestore(error: DatabaseDamagedError, backup: BackupFile, options: AppServicesOptions): AppServices | null {
  if (dialog.showMessageBoxSync(restorePrompt(error)) !== RESTORE_CHOICE) return null;
  try {
    const { services, asideFile } = recoverWithBackup(backup, options);
    dialog.showMessageBoxSync({
      type: 'info',
      title: 'Säkerhetskopian är återställd',
      message: 'Säkerhetskopian är återställd och Kvalitetshjulet startar med den.',
      detail: `Den skadade filen finns kvar som ${asideFile}. Spara den tills IT-stödet har sett på den.`,
      buttons: ['OK'],
      noLink: true,
    });
    return services;
  } catch (restoreError) {
    console.error('[start] säkerhetskopian kunde inte återställas', restoreError);
    dialog.showErrorBox('Säkerhetskopian kunde inte återställas', (restoreError as Error).message);
    return null;
  }
}
