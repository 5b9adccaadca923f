import { systemClock, type Clock } from '../../db/clock';
import { openDatabase, type OpenDatabase } from '../../db/connection';
import { createRepositories, type Repositories } from '../../db/repositories';
import type { AppInfo } from '../../shared/ipc/app';
import { createDispatcher, type Dispatcher } from '../ipc/dispatcher';
import { createHandlers } from '../ipc/handlers';

export interface AppServices {
  database: OpenDatabase;
  repos: Repositories;
  dispatcher: Dispatcher;
  close(): void;
}

export interface AppServicesOptions {
  databaseFile: string;
  migrationsFolder: string;
  version: string;
  runtime: AppInfo['runtime'];
  clock?: Clock;
}

/** Opens the database once and wires repositories and handlers: the same for Electron, the web harness and the CLI. */
export function startAppServices(options: AppServicesOptions): AppServices {
  const database = openDatabase(options.databaseFile, { migrationsFolder: options.migrationsFolder });
  const repos = createRepositories(database.db, options.clock ?? systemClock);
  const dispatcher = createDispatcher(
    createHandlers({
      repos,
      info: { version: options.version, databasePath: options.databaseFile, runtime: options.runtime },
    }),
  );
  return { database, repos, dispatcher, close: () => database.close() };
}
