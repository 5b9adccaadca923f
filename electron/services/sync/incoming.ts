import fs from 'node:fs/promises';
import type { LedgerEntry } from '../../../db/sync/file-ledger';
import { unpack } from '../../../shared/sync/hlc';
import { decodeSyncFile } from './file-codec';
import { authorName, inWriteOrder, SLICE, type RoundContext } from './round-context';
import { yieldToLoop, type ListedFile } from './sync-folder';

export interface Incoming {
  /** Field changes of other devices that won here. */
  received: number;
  from: Set<string>;
}

const ledgerKey = (device: string, name: string) => `${device}/${name}`;

/**
 * Which files to read: every change file not taken in yet; and a device's newest snapshot
 * when nothing of that device has been taken in (joining without the whole history), or
 * while some file could not be read (a damaged file's content is in its writer's next snapshot).
 */
function filesToRead(ctx: RoundContext, ledger: Map<string, LedgerEntry>): ListedFile[] {
  const listed = new Set(ctx.listing.files.map((file) => ledgerKey(file.device, file.name)));
  const missingSomething = [...ledger.values()].some(
    (entry) => entry.state === 'skipped' && entry.problem !== 'future' && listed.has(ledgerKey(entry.device, entry.name)),
  );
  const taken = (file: ListedFile) => ['applied', 'own'].includes(ledger.get(ledgerKey(file.device, file.name))?.state ?? '');
  const snapshots: ListedFile[] = [];
  for (const device of new Set(ctx.listing.files.map((file) => file.device))) {
    const files = ctx.listing.files.filter((file) => file.device === device);
    const newest = files.filter((file) => file.kind === 'snapshot').at(-1);
    if (newest && !taken(newest) && (missingSomething || !files.some(taken))) snapshots.push(newest);
  }
  return [...snapshots, ...ctx.listing.files.filter((file) => file.kind === 'changes' && !taken(file))];
}

/** A skipped file is read again only when it has changed since (a copy that was still on its way). */
function unchangedSinceSkipped(entry: LedgerEntry | undefined, size: number, mtimeMs: number): boolean {
  return entry?.state === 'skipped' && entry.problem !== 'future' && entry.size === size && entry.mtimeMs === mtimeMs;
}

async function takeInFile(ctx: RoundContext, file: ListedFile, ledger: Map<string, LedgerEntry>, incoming: Incoming): Promise<void> {
  const { store } = ctx;
  const key = ledgerKey(file.device, file.name);
  const stat = await fs.stat(file.path).catch(() => null);
  if (!stat || unchangedSinceSkipped(ledger.get(key), stat.size, stat.mtimeMs)) return;
  const entry = { device: file.device, name: file.name, size: stat.size, mtimeMs: stat.mtimeMs, recordedAt: new Date(store.wallNow()).toISOString() };
  const decoded = await decodeSyncFile(await fs.readFile(file.path), file.kind, file.device);
  if (!decoded.ok) {
    store.ledger.record({ ...entry, state: 'skipped', sha256: null, problem: decoded.problem });
    return;
  }
  const { body } = decoded;
  const newest = body.registers.reduce((max, register) => (register.hlc > max ? register.hlc : max), file.stamp);
  if (body.author) store.state.setAuthor(file.device, body.author);
  for (const [device, name] of Object.entries(body.authors)) if (device !== store.device && name) store.state.setAuthor(device, name);
  const seen = store.state.observe(newest, store.wallNow());
  if (!seen.accepted) {
    // Held back whole until this computer's clock catches up: taking it in now would drag every stamp here into its future.
    const author = authorName(store, file.device);
    const minutesAhead = Math.round(seen.aheadMs / 60_000);
    if (!ctx.warnings.some((warning) => warning.kind === 'clock-ahead' && warning.author === author)) ctx.warnings.push({ kind: 'clock-ahead', author, minutesAhead });
    return;
  }
  const ordered = inWriteOrder(body.registers);
  let applied = 0;
  for (let start = 0; start < ordered.length; start += SLICE) {
    await yieldToLoop();
    applied += store.apply(ordered.slice(start, start + SLICE), (device) => authorName(store, device)).applied;
  }
  store.ledger.record({ ...entry, state: 'applied', sha256: null, problem: null });
  ledger.set(key, { ...entry, state: 'applied', sha256: null, problem: null });
  for (const [device, names] of Object.entries(body.includes)) {
    for (const name of names) {
      store.ledger.coveredBySnapshot(device, name, entry.recordedAt);
      const known = ledger.get(ledgerKey(device, name));
      if (!known || known.state === 'skipped') ledger.set(ledgerKey(device, name), { ...entry, device, name, state: 'applied', sha256: null, problem: null });
    }
  }
  incoming.received += applied;
  if (applied > 0 && file.device !== store.device) incoming.from.add(authorName(store, file.device));
}

/** Reads what other devices wrote and takes it in, slice by slice; a bad file is recorded and passed over. */
export async function takeIn(ctx: RoundContext): Promise<Incoming> {
  const ledger = new Map(ctx.store.ledger.all().map((entry) => [ledgerKey(entry.device, entry.name), entry]));
  const incoming: Incoming = { received: 0, from: new Set() };
  for (const file of filesToRead(ctx, ledger)) {
    const state = ledger.get(ledgerKey(file.device, file.name))?.state;
    if (state === 'applied' || state === 'own') continue;
    await takeInFile(ctx, file, ledger, incoming);
  }
  return incoming;
}

/** A device's own files tell its clock how far it had come, should the database be older (restored from a backup). */
export function catchUpOwnClock(ctx: RoundContext): void {
  const own = ctx.listing.files.filter((file) => file.device === ctx.store.device).at(-1);
  if (own && unpack(own.stamp)) ctx.store.state.observe(own.stamp, ctx.store.wallNow());
}
