import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { pack, receive, tick, unpack, ZERO, type Hlc } from '../../shared/sync/hlc';

const DEVICE_ID = 'sync.deviceId';
const DEVICE_HOST = 'sync.deviceHost';
const CLOCK = 'sync.hlc';
const SENT = 'sync.sentUpTo';
const LAST_SYNC = 'sync.lastSyncAt';
const AUTHOR = 'sync.author.';

/**
 * What this device keeps about itself for sync, in device_settings: its id, its clock and how
 * far its own changes have gone out to the folder.
 */
export function createDeviceState(sqlite: Database.Database) {
  const read = sqlite.prepare<[string], { value: string }>('SELECT value FROM device_settings WHERE key = ?');
  const write = sqlite.prepare(
    'INSERT INTO device_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const get = (key: string) => read.get(key)?.value ?? null;
  const set = (key: string, value: string) => write.run(key, value);
  // Read and written in one transaction each time, never cached: a second process on the same
  // file (the CLI beside the app) must not hand out a stamp this one has already used.
  const current = (): Hlc => unpack(get(CLOCK) ?? '') ?? ZERO;
  const keep = (next: Hlc): string => {
    const stamp = pack(next);
    set(CLOCK, stamp);
    return stamp;
  };

  const stampIn = sqlite.transaction((wallMs: number) => keep(tick(current(), wallMs)));
  const observeIn = sqlite.transaction((remote: Hlc, wallNow: number) => {
    const result = receive(current(), remote, wallNow);
    if (!result.accepted) return { accepted: false, aheadMs: result.aheadMs };
    keep(result.clock);
    return { accepted: true, aheadMs: 0 };
  });

  return {
    /**
     * The device's id, made on first use. A database file copied to another computer gets a
     * new id there, so two computers never write as one.
     */
    deviceId(host: string): string {
      const id = get(DEVICE_ID);
      if (id && get(DEVICE_HOST) === host) return id;
      const fresh = randomUUID();
      set(DEVICE_ID, fresh);
      set(DEVICE_HOST, host);
      set(SENT, '');
      return fresh;
    },
    /** A stamp for a local change made at `wallMs`. */
    stamp: (wallMs: number): string => stampIn(wallMs),
    /** Takes in another device's stamp; false when it is too far ahead of this computer's clock to be taken in now. */
    observe(stamp: string, wallNow: number): { accepted: boolean; aheadMs: number } {
      const remote = unpack(stamp);
      if (!remote) return { accepted: false, aheadMs: 0 };
      return observeIn(remote, wallNow);
    },
    sentUpTo: () => get(SENT) ?? '',
    setSentUpTo: (stamp: string) => set(SENT, stamp),
    lastSyncAt: () => get(LAST_SYNC),
    setLastSyncAt: (at: string) => set(LAST_SYNC, at),
    /** The name another device's user signs with, as its latest file said. */
    authorOf: (device: string) => get(AUTHOR + device),
    setAuthor: (device: string, name: string) => set(AUTHOR + device, name),
  };
}

export type DeviceState = ReturnType<typeof createDeviceState>;
