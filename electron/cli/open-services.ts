import path from 'node:path';
import { isAppError } from '../../shared/errors';
import { startAppServices, type AppServices } from '../app/app-services';
import { sourceAppVersion } from '../services/app-version';
import { sourceMigrationsFolder } from '../services/paths';
import { say } from './cli-language';
import { CliUsageError, type CliIo } from './command';

export function openCliServices(db: string | undefined): AppServices {
  if (!db) throw new CliUsageError('Ange databasfilen med --db <fil>.');
  return startAppServices({
    databaseFile: path.resolve(db),
    migrationsFolder: sourceMigrationsFolder,
    version: sourceAppVersion(),
    runtime: 'web-harness',
  });
}

/**
 * A command's work on the database: a refusal by the app's rules is printed in the command
 * line's language and ends with exit code 1, and the database is closed whatever happens.
 */
export async function withCliServices(db: string | undefined, io: CliIo, work: (services: AppServices) => Promise<number> | number): Promise<number> {
  const services = openCliServices(db);
  try {
    return await work(services);
  } catch (error) {
    if (!isAppError(error)) throw error;
    io.err(say(io, error));
    return 1;
  } finally {
    services.close();
  }
}
