import path from 'node:path';
import { startAppServices, type AppServices } from '../app/app-services';
import { sourceAppVersion } from '../services/app-version';
import { sourceMigrationsFolder } from '../services/paths';
import { CliUsageError } from './command';

export function openCliServices(db: string | undefined): AppServices {
  if (!db) throw new CliUsageError('Ange databasfilen med --db <fil>.');
  return startAppServices({
    databaseFile: path.resolve(db),
    migrationsFolder: sourceMigrationsFolder,
    version: sourceAppVersion(),
    runtime: 'web-harness',
  });
}
