import fs from 'node:fs/promises';
import path from 'node:path';
import type { LedgerEntry } from '../../../db/sync/file-ledger';
import { changesFileName, parseFileName, snapshotFileName, type SyncFileKind } from '../../../shared/sync/file-format';
import type { Register } from '../../../shared/sync/register';
import { sha256Of, writeFileVerified } from '../shared-folder/write-verified';
import { encodeSyncFile } from './file-codec';
import { authorName, captureInSlices, inWriteOrder, SLICE, type RoundContext } from './round-context';
import { yieldToLoop } from './sync-folder';

/** A snapshot after this many change files of one's own, so a joining device reads one file and a few changes. */
export const SNAPSHOT_EVERY = 50;
/** At most this many field changes in one change file: the first sync of a database with years in it takes several. */
export const CHANGES_PER_FILE = 20_000;

const stampOf = (entry: LedgerEntry) => parseFileName(entry.name)?.stamp ?? '';
const kindOf = (entry: LedgerEntry): SyncFileKind | undefined => parseFileName(entry.name)?.kind;

/** Whether any file of one's own since the newest snapshot is gone from the folder or no longer as written. */
async function damagedSince(ctx: RoundContext, own: LedgerEntry[], snapshot: LedgerEntry): Promise<boolean> {
  const listed = new Set(ctx.listing.files.filter((file) => file.device === ctx.store.device).map((file) => file.name));
  for (const entry of own) {
    if (stampOf(entry) < stampOf(snapshot)) continue;
    if (!listed.has(entry.name)) return true;
    const bytes = await fs.readFile(path.join(ctx.root, ctx.store.device, entry.name)).catch(() => null);
    if (!bytes || sha256Of(bytes) !== entry.sha256) return true;
  }
  return false;
}

async function writeOwn(ctx: RoundContext, kind: SyncFileKind, name: string, registers: Register[], extra: Pick<Parameters<typeof encodeSyncFile>[2], 'includes' | 'authors'>) {
  const { store } = ctx;
  const writtenAt = new Date(store.wallNow()).toISOString();
  const bytes = await encodeSyncFile(kind, store.device, { author: ctx.author, writtenAt, registers, ...extra });
  const written = await writeFileVerified(path.join(ctx.root, store.device), name, bytes);
  store.ledger.record({ device: store.device, name, state: 'own', size: written.size, mtimeMs: 0, sha256: written.sha256, problem: null, recordedAt: writtenAt });
}

/** Every register this device holds, with the files it has taken in: enough for another device to start from. */
async function writeSnapshot(ctx: RoundContext): Promise<void> {
  const { store } = ctx;
  const name = snapshotFileName(store.state.stamp(store.wallNow()));
  const registers: Register[] = [];
  for (let after = 0; ; ) {
    const page = store.registers.page(after, SLICE);
    registers.push(...page.registers);
    if (page.registers.length < SLICE) break;
    after = page.lastRowid;
    await yieldToLoop();
  }
  const includes: Record<string, string[]> = {};
  const authors: Record<string, string> = { [store.device]: ctx.author };
  for (const entry of store.ledger.all()) {
    if (entry.state === 'skipped') continue;
    (includes[entry.device] ??= []).push(entry.name);
    if (entry.device !== store.device) authors[entry.device] = authorName(store, entry.device);
  }
  await writeOwn(ctx, 'snapshot', name, inWriteOrder(registers), { includes, authors });
}

/**
 * Writes this device's new changes as files of its own; other devices read every change
 * file, so after its first file nothing of this device's travels only in a snapshot. The
 * first round sends one snapshot of everything and no change files. A snapshot besides when there
 * is none yet in this folder, when one of its own recent files was damaged or removed (the
 * snapshot holds it for everyone), or after SNAPSHOT_EVERY change files.
 */
export async function sendOut(ctx: RoundContext): Promise<number> {
  const { store } = ctx;
  const own = store.ledger
    .all()
    .filter((entry) => entry.device === store.device && entry.state === 'own')
    .sort((a, b) => (stampOf(a) < stampOf(b) ? -1 : 1));
  const snapshot = own.filter((entry) => kindOf(entry) === 'snapshot').at(-1);
  const mend = !snapshot || (await damagedSince(ctx, own, snapshot));
  let filesSince = snapshot ? own.filter((entry) => kindOf(entry) === 'changes' && stampOf(entry) > stampOf(snapshot)).length : 0;
  await captureInSlices(store);
  const unsent = store.unsent();
  if (own.length === 0 && store.registers.count() > 0) {
    // No file of this device is in any folder yet, so every other device starts from its snapshot
    // (incoming.ts): the same registers as change files too would double the first sync.
    await writeSnapshot(ctx);
    if (unsent.length > 0) store.state.setSentUpTo(unsent[unsent.length - 1]!.hlc);
    return unsent.length;
  }
  for (let start = 0; start < unsent.length; start += CHANGES_PER_FILE) {
    const part = unsent.slice(start, start + CHANGES_PER_FILE);
    // A fresh stamp names the file: later than all it holds and than every file of this device before it.
    await writeOwn(ctx, 'changes', changesFileName(store.state.stamp(store.wallNow())), part, { includes: {}, authors: {} });
    store.state.setSentUpTo(part[part.length - 1]!.hlc);
    filesSince++;
  }
  if (store.registers.count() > 0 && (mend || filesSince >= SNAPSHOT_EVERY)) await writeSnapshot(ctx);
  return unsent.length;
}
