import type { BackupFile } from '../../db/backups/list';
import { replaceDamagedDatabase } from '../../db/backups/replace-damaged';
import { startAppServices, type AppServices, type AppServicesOptions } from './app-services';

export interface Recovered {
  services: AppServices;
  /** Where the damaged file was moved; it is never deleted. */
  asideFile: string;
}

/** Moves the damaged file aside, puts the backup in its place and opens the app's services on it. */
export function recoverWithBackup(backup: BackupFile, options: AppServicesOptions, at = new Date()): Recovered {
  const { asideFile } = replaceDamagedDatabase(options.databaseFile, backup, at);
  return { services: startAppServices(options), asideFile };
}
