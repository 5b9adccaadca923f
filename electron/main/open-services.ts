import { dialog } from 'electron';
import { DatabaseDamagedError } from '../../db/backups/damaged-database';
import { DatabaseOpenError } from '../../db/connection';
import { startAppServices, type AppServices, type AppServicesOptions } from '../app/app-services';
import { offerRestore } from './recovery-dialog';

/**
 * Opens the database or tells the user why it could not, in Swedish. The file is
 * left exactly as it is: a broken or newer database is the user's data, not ours to fix.
 * A damaged one is only replaced by a backup when the user says so.
 */
export function openServicesOrExplain(options: AppServicesOptions): AppServices | null {
  try {
    return startAppServices(options);
  } catch (error) {
    console.error('[start] kunde inte öppna tjänsterna', error);
    if (error instanceof DatabaseDamagedError && error.backup) return offerRestore(error, error.backup, options);
    if (error instanceof DatabaseOpenError) {
      dialog.showErrorBox('Databasen kunde inte öppnas', error.message);
    } else {
      dialog.showErrorBox(
        'Kvalitetshjulet kunde inte starta',
        `Ett oväntat fel inträffade när programmet startade: ${(error as Error).message}`,
      );
    }
    return null;
  }
}
