import path from 'node:path';
import { systemClock, type Clock } from '../../db/clock';
import { openDatabase, type OpenDatabase } from '../../db/connection';
import { createRepositories, type Repositories } from '../../db/repositories';
import type { AppInfo } from '../../shared/ipc/app';
import { createDispatcher, type Dispatcher } from '../ipc/dispatcher';
import { createHandlers } from '../ipc/handlers';
import { createBackupService, type BackupService } from '../services/backups/backup-service';
import { startDailyBackups } from '../services/backups/daily-backups';
import { waitForRestore } from '../ipc/restore-gate';
import { createBundleService, type BundleService } from '../services/bundle/bundle-service';
import { buildPlanDocuments } from '../services/documents';
import { documentsInputFor } from '../services/documents/documents-input-from-db';
import { createSyncService, type SyncService } from '../services/sync/sync-service';

export interface AppServices {
  database: OpenDatabase;
  repos: Repositories;
  backups: BackupService;
  bundles: BundleService;
  sync: SyncService;
  dispatcher: Dispatcher;
  close(): void;
}

export interface AppServicesOptions {
  databaseFile: string;
  migrationsFolder: string;
  version: string;
  runtime: AppInfo['runtime'];
  clock?: Clock;
  /** The desktop app's folder dialog, for choosing the shared folder. */
  chooseFolder?: () => Promise<string | null>;
  /** A daily backup at start and while running: for the long-running app, not for one command. */
  dailyBackups?: boolean;
  /** Retries exports waiting for the shared folder, every minute: for the long-running app too. */
  retryExports?: boolean;
  /** Syncs with the other laptops of the unit through the shared folder, every minute: for the long-running app too. */
  autoSync?: boolean;
}

/** Opens the database once and wires repositories and handlers: the same for Electron, the web harness and the CLI. */
export function startAppServices(options: AppServicesOptions): AppServices {
  const database = openDatabase(options.databaseFile, { migrationsFolder: options.migrationsFolder });
  const clock = options.clock ?? systemClock;
  const repos = createRepositories(database.db, clock);
  const backups = createBackupService({ database, migrationsFolder: options.migrationsFolder, now: () => new Date(clock.now()) });
  const bundles = createBundleService({
    repos,
    clock,
    appVersion: options.version,
    dataFolder: path.dirname(options.databaseFile),
    documents: (planId, exportedAt) => buildPlanDocuments(documentsInputFor(repos, planId, exportedAt, options.version)),
  });
  const sync = createSyncService({ sqlite: database.sqlite, settings: repos.settings });
  const dispatcher = createDispatcher(
    createHandlers({
      repos,
      backups,
      bundles,
      sync,
      info: { version: options.version, databasePath: options.databaseFile, runtime: options.runtime },
      chooseFolder: options.chooseFolder,
    }),
  );
  const stopDailyBackups = options.dailyBackups ? startDailyBackups(backups) : () => undefined;
  const stopRetrying = options.retryExports ? bundles.export.startRetrying(60_000) : () => undefined;
  const stopSync = options.autoSync ? sync.start() : () => undefined;
  return {
    database,
    repos,
    backups,
    bundles,
    sync,
    dispatcher: waitForRestore(dispatcher),
    close: () => {
      stopDailyBackups();
      stopRetrying();
      stopSync();
      database.close();
    },
  };
}
