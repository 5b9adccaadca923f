import fs from 'node:fs/promises';
import path from 'node:path';
import type { SyncStore } from '../../../db/sync/sync-store';
import type { SyncRound, SyncWarning } from '../../../shared/ipc/sync';
import { SYNC_FOLDER } from '../../../shared/sync/file-format';
import { FolderError, folderProblem } from '../shared-folder/folder-problem';
import { catchUpOwnClock, takeIn } from './incoming';
import { sendOut } from './outgoing';
import { captureInSlices, type RoundContext } from './round-context';
import { listSyncFolder } from './sync-folder';

export interface RoundOutcome {
  round: SyncRound;
  warnings: SyncWarning[];
}

/** The warnings that stand after a round: skipped files still in the folder, strangers in it, and what the round met. */
function standingWarnings(ctx: RoundContext): SyncWarning[] {
  const listed = new Set(ctx.listing.files.map((file) => `${file.device}/${file.name}`));
  const skipped = ctx.store.ledger
    .all()
    .filter((entry) => entry.state === 'skipped' && entry.problem && listed.has(`${entry.device}/${entry.name}`))
    .map((entry): SyncWarning => ({ kind: entry.problem as 'damaged' | 'foreign' | 'future', file: `${entry.device}/${entry.name}` }));
  const strangers = ctx.listing.foreign.map((file): SyncWarning => ({ kind: 'foreign', file }));
  const blocked = ctx.store.blockedUnits().map((unit): SyncWarning => ({ kind: 'blocked-unit', unitName: unit.name }));
  return [...skipped, ...strangers, ...ctx.warnings, ...blocked];
}

/** File-system trouble becomes the folder's problem in words; anything else is a fault and goes on up. */
function asFolderError(error: unknown, folder: string): unknown {
  if (error instanceof FolderError) return error;
  const isFileSystem = typeof error === 'object' && error !== null && 'code' in error;
  return isFileSystem ? new FolderError(folderProblem(error, folder)) : error;
}

/**
 * One sync round through the shared folder: this device's folder is made if missing, the
 * folder listed, other devices' new files taken in, and this device's new changes written
 * as a file of its own. A folder that cannot be reached throws a FolderError with the
 * reason in Swedish; a bad file never does.
 */
export async function runSyncRound(store: SyncStore, sharedFolder: string, author: string): Promise<RoundOutcome> {
  const root = path.join(sharedFolder, SYNC_FOLDER);
  try {
    // Only inside a folder that is there: an unmounted share must not turn into folders on the local disk.
    if (!(await fs.stat(sharedFolder)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    await fs.mkdir(path.join(root, store.device), { recursive: true });
    const ctx: RoundContext = { store, root, author, listing: await listSyncFolder(root), warnings: [] };
    catchUpOwnClock(ctx);
    await captureInSlices(store);
    const incoming = await takeIn(ctx);
    const sent = await sendOut(ctx);
    return finish(ctx, incoming.received, incoming.from, sent);
  } catch (error) {
    throw asFolderError(error, sharedFolder);
  }
}

function finish(ctx: RoundContext, received: number, from: Set<string>, sent: number): RoundOutcome {
  const { store } = ctx;
  const at = new Date(store.wallNow()).toISOString();
  store.state.setLastSyncAt(at);
  return { round: { at, sent, received, from: [...from].sort() }, warnings: standingWarnings(ctx) };
}
