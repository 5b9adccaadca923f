import { openDatabase } from '../../../db/connection';
import { createRepositories, type Repositories } from '../../../db/repositories';
import { createSyncService, type SyncService } from '../../../electron/services/sync/sync-service';
import { migrationsFolder, tempDbFile } from '../../support/temp-db';
import { deviceClock, syncedData } from '../../db/sync/sync-devices';

export interface Laptop {
  name: string;
  repos: Repositories;
  sync: SyncService;
  /** How many rows a table of this laptop's database holds. */
  count(table: string): number;
  data(): Record<string, unknown[]>;
  /** Moves this laptop's wall clock, in milliseconds from real time. */
  skew(ms: number): void;
  close(): void;
}

let opened = 0;

/** A laptop with its own database and the real sync service, syncing through `folder` (or none yet). */
export function openLaptop(name: string, folder: string | null): Laptop {
  const database = openDatabase(tempDbFile(), { migrationsFolder });
  const repos = createRepositories(database.db, deviceClock(100 + opened++));
  repos.settings.setUserName(name);
  if (folder) repos.settings.setSharedFolder(folder);
  let skew = 0;
  const sync = createSyncService({ sqlite: database.sqlite, settings: repos.settings, host: `host-${name}`, wallNow: () => Date.now() + skew });
  return {
    name,
    repos,
    sync,
    count: (table) => database.sqlite.prepare<[], number>(`SELECT COUNT(*) FROM "${table}"`).pluck().get() ?? 0,
    data: () => syncedData(database),
    skew: (ms) => {
      skew = ms;
    },
    close: () => database.close(),
  };
}
