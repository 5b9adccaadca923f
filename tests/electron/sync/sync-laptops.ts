import { openDatabase } from '../../../db/connection';
import { createRepositories, type Repositories } from '../../../db/repositories';
import { createSyncService, type SyncService } from '../../../electron/services/sync/sync-service';
import type { Clock } from '../../../db/clock';
import { migrationsFolder, tempDbFile } from '../../support/temp-db';
import { syncedData } from '../../db/sync/sync-devices';

export interface Laptop {
  name: string;
  repos: Repositories;
  sync: SyncService;
  data(): Record<string, unknown[]>;
  /** Moves this laptop's wall clock, in milliseconds from real time. */
  skew(ms: number): void;
  close(): void;
}

let opened = 0;

function laptopClock(index: number): Clock {
  let tick = 0;
  let ids = 0;
  const prefix = (index + 101).toString(16).padStart(8, '0');
  return {
    now: () => new Date(Date.parse('2026-03-31T08:00:00.000Z') + 1000 * tick++).toISOString(),
    newId: () => `${prefix}-0000-4000-8000-${(++ids).toString().padStart(12, '0')}`,
  };
}

/** A laptop with its own database and the real sync service, syncing through `folder` (or none yet). */
export function openLaptop(name: string, folder: string | null): Laptop {
  const database = openDatabase(tempDbFile(), { migrationsFolder });
  const repos = createRepositories(database.db, laptopClock(opened++));
  repos.settings.setUserName(name);
  if (folder) repos.settings.setSharedFolder(folder);
  let skew = 0;
  const sync = createSyncService({ sqlite: database.sqlite, settings: repos.settings, host: `host-${name}`, wallNow: () => Date.now() + skew });
  return {
    name,
    repos,
    sync,
    data: () => syncedData(database),
    skew: (ms) => {
      skew = ms;
    },
    close: () => database.close(),
  };
}
