import { z } from 'zod';
import { isStamp } from './hlc';
import type { Register } from './register';
import { isSyncedField, isSyncedTable } from './tables';

/**
 * The files of the sync folder: `<shared folder>/kvalitetshjulet-synk/<device id>/`, one
 * folder per device, written only by that device and never changed once written.
 * - `changes-<stamp>.json`: the device's field changes up to that stamp;
 * - `snapshot-<stamp>.json.gz`: every register the device held, so a device can join without all the history.
 * Each file is an envelope whose body carries its own SHA-256, so a half-copied or damaged file is known as such.
 */
export const SYNC_FOLDER = 'kvalitetshjulet-synk';
export const FORMAT = 'kvalitetshjulet-synk';
export const FORMAT_VERSION = 1;

const CHANGES = /^changes-(\d{15}-\d{5})\.json$/;
const SNAPSHOT = /^snapshot-(\d{15}-\d{5})\.json\.gz$/;
const DEVICE_FOLDER = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type SyncFileKind = 'changes' | 'snapshot';

export const changesFileName = (stamp: string) => `changes-${stamp}.json`;
export const snapshotFileName = (stamp: string) => `snapshot-${stamp}.json.gz`;

export function parseFileName(name: string): { kind: SyncFileKind; stamp: string } | null {
  const changes = CHANGES.exec(name);
  if (changes) return { kind: 'changes', stamp: changes[1]! };
  const snapshot = SNAPSHOT.exec(name);
  return snapshot ? { kind: 'snapshot', stamp: snapshot[1]! } : null;
}

export const isDeviceFolder = (name: string) => DEVICE_FOLDER.test(name);

/** Names a file share or an unfinished write leaves behind; not worth a warning. */
export function isHousekeeping(name: string): boolean {
  return name.startsWith('.') || /^(thumbs\.db|desktop\.ini|\.ds_store)$/i.test(name) || name.startsWith('~$');
}

export const Envelope = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.number().int().positive(),
  kind: z.enum(['changes', 'snapshot']),
  device: z.string().regex(DEVICE_FOLDER),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  body: z.string(),
});
export type Envelope = z.infer<typeof Envelope>;

const Body = z.object({
  author: z.string().max(200),
  writtenAt: z.string(),
  registers: z.array(z.unknown()),
  /** Snapshots: every device's files the snapshot already holds, by device. */
  includes: z.record(z.string(), z.array(z.string())).optional(),
  /** Snapshots: the name each device's user signs with, for the history of an overwritten value. */
  authors: z.record(z.string(), z.string().max(200)).optional(),
});

export interface SyncFileBody {
  author: string;
  writtenAt: string;
  registers: Register[];
  includes: Record<string, string[]>;
  authors: Record<string, string>;
}

const isScalarJson = (text: string) => {
  try {
    const value: unknown = JSON.parse(text);
    return value === null || typeof value === 'string' || typeof value === 'number';
  } catch {
    return false;
  }
};

/** One register off the wire, or null when it is not one this version of the app can take in. */
function registerOf(wire: unknown): Register | null {
  if (!Array.isArray(wire) || wire.length !== 7) return null;
  const [table, rowKey, field, value, hlc, device, base] = wire as unknown[];
  if (typeof table !== 'string' || !isSyncedTable(table) || typeof field !== 'string' || !isSyncedField(table, field)) return null;
  if (typeof rowKey !== 'string' || rowKey.length === 0 || rowKey.length > 200) return null;
  if (typeof value !== 'string' || !isScalarJson(value)) return null;
  if (typeof hlc !== 'string' || !isStamp(hlc) || typeof device !== 'string' || !DEVICE_FOLDER.test(device)) return null;
  if (base !== null && (typeof base !== 'string' || !isStamp(base))) return null;
  return { table, rowKey, field, value, hlc, device, base };
}

/** The body of a file whose checksum held: null when its content is still not what a sync file holds. */
export function parseBody(json: string): SyncFileBody | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  const body = Body.safeParse(raw);
  if (!body.success) return null;
  const registers: Register[] = [];
  for (const wire of body.data.registers) {
    const register = registerOf(wire);
    if (!register) return null;
    registers.push(register);
  }
  return { ...body.data, registers, includes: body.data.includes ?? {}, authors: body.data.authors ?? {} };
}
