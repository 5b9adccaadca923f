import path from 'node:path';
import { systemClock, type Clock } from '../../db/clock';
import { openDatabase, type OpenDatabase } from '../../db/connection';
import { createRepositories, type Repositories } from '../../db/repositories';
import type { AppInfo } from '../../shared/ipc/app';
import { createDispatcher, type Dispatcher } from '../ipc/dispatcher';
import { createHandlers } from '../ipc/handlers';
import { createBundleService, type BundleService } from './bundle/bundle-service';
import { buildBundleDocuments } from './bundle/documents';
import { documentsInputFor } from './bundle/documents-input-from-db';

export interface AppServices {
  database: OpenDatabase;
  repos: Repositories;
  bundles: BundleService;
  dispatcher: Dispatcher;
  close(): void;
}

export interface AppServicesOptions {
  databaseFile: string;
  migrationsFolder: string;
  version: string;
  runtime: AppInfo['runtime'];
  clock?: Clock;
  /** Retries exports waiting for the shared folder, every minute: for the long-running app. */
  retryExports?: boolean;
}

/** Opens the database once and wires repositories and handlers: the same for Electron, the web harness and the CLI. */
export function startAppServices(options: AppServicesOptions): AppServices {
  const database = openDatabase(options.databaseFile, { migrationsFolder: options.migrationsFolder });
  const clock = options.clock ?? systemClock;
  const repos = createRepositories(database.db, clock);
  const bundles = createBundleService({
    repos,
    clock,
    appVersion: options.version,
    dataFolder: path.dirname(options.databaseFile),
    documents: (planId, exportedAt) => buildBundleDocuments(documentsInputFor(repos, planId, exportedAt, options.version)),
  });
  const dispatcher = createDispatcher(
    createHandlers({
      repos,
      bundles,
      info: { version: options.version, databasePath: options.databaseFile, runtime: options.runtime },
    }),
  );
  const stopRetrying = options.retryExports ? bundles.export.startRetrying(60_000) : () => undefined;
  return {
    database,
    repos,
    bundles,
    dispatcher,
    close: () => {
      stopRetrying();
      database.close();
    },
  };
}
