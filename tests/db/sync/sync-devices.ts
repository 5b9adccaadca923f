import type Database from 'better-sqlite3';
import type { Clock } from '../../../db/clock';
import { openDatabase } from '../../../db/connection';
import { createRepositories, type Repositories } from '../../../db/repositories';
import { createSyncStore, type SyncStore } from '../../../db/sync/sync-store';
import type { Register } from '../../../shared/sync/register';
import { syncedTableNames, syncedTables } from '../../../shared/sync/tables';
import { migrationsFolder, tempDbFile } from '../../support/temp-db';

export interface TestDevice {
  name: string;
  repos: Repositories;
  sqlite: Database.Database;
  sync: SyncStore;
  close(): void;
}

/** Ids that differ between devices (as UUIDs made on each laptop do) yet repeat from run to run. */
export function deviceClock(index: number, start = '2026-03-31T08:00:00.000Z'): Clock {
  let tick = 0;
  let ids = 0;
  const base = Date.parse(start);
  const prefix = (index + 1).toString(16).padStart(8, '0');
  return {
    now: () => new Date(base + 1000 * tick++).toISOString(),
    newId: () => `${prefix}-0000-4000-8000-${(++ids).toString().padStart(12, '0')}`,
  };
}

let opened = 0;

/** A laptop of its own: its own database file, repositories, user name and sync store. */
export function openDevice(name: string, options: { wallNow?: () => number; file?: string } = {}): TestDevice {
  const database = openDatabase(options.file ?? tempDbFile(), { migrationsFolder });
  const repos = createRepositories(database.db, deviceClock(opened++));
  repos.settings.setUserName(name);
  const sync = createSyncStore(database.sqlite, { host: `host-${name}`, wallNow: options.wallNow });
  return { name, repos, sqlite: database.sqlite, sync, close: () => database.close() };
}

/** Every synced row of a device, table by table, sorted: two devices hold the same data when these are equal. */
export function syncedData(device: Pick<TestDevice, 'sqlite'>): Record<string, unknown[]> {
  const data: Record<string, unknown[]> = {};
  for (const table of syncedTableNames) {
    const spec = syncedTables[table];
    const columns = spec.columns.map((column) => `"${column}"`).join(', ');
    const order = spec.key.map((column) => `"${column}"`).join(', ');
    data[table] = device.sqlite.prepare(`SELECT ${columns} FROM "${table}" ORDER BY ${order}`).all();
  }
  return data;
}

/** Registers passed from device to device in memory: the merge without the files. */
export class RegisterBus {
  private readonly batches: { from: string; registers: Register[] }[] = [];
  private readonly read = new Map<string, number>();

  publish(device: TestDevice): number {
    device.sync.capture();
    const registers = device.sync.unsent();
    if (registers.length === 0) return 0;
    this.batches.push({ from: device.sync.device, registers });
    device.sync.state.setSentUpTo(registers[registers.length - 1]!.hlc);
    return registers.length;
  }

  pull(device: TestDevice, authors: Map<string, string> = new Map()): number {
    let applied = 0;
    const start = this.read.get(device.name) ?? 0;
    for (const batch of this.batches.slice(start)) {
      if (batch.from === device.sync.device) continue;
      applied += device.sync.apply(batch.registers, (id) => authors.get(id) ?? 'en annan dator').applied;
    }
    this.read.set(device.name, this.batches.length);
    return applied;
  }

  /** Publishes and pulls for everyone until nothing new travels. */
  settle(devices: TestDevice[]): void {
    for (let round = 0; round < 10; round++) {
      let moved = 0;
      for (const device of devices) moved += this.publish(device);
      for (const device of devices) this.pull(device);
      if (moved === 0) return;
    }
    throw new Error('The devices did not settle within 10 rounds');
  }
}
