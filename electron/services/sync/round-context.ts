import type { SyncStore } from '../../../db/sync/sync-store';
import type { SyncWarning } from '../../../shared/ipc/sync';
import { syncedTableNames } from '../../../shared/sync/tables';
import type { Register } from '../../../shared/sync/register';
import { yieldToLoop, type FolderListing } from './sync-folder';

/** What the steps of one round share: the store, the folder as listed at the start, and what the user should hear of. */
export interface RoundContext {
  store: SyncStore;
  /** The sync folder inside the shared folder. */
  root: string;
  /** The name this device's user signs with, written into its files. */
  author: string;
  listing: FolderListing;
  warnings: SyncWarning[];
}

/** How many registers one transaction takes in before the event loop gets a turn. */
export const SLICE = 2000;
/** How many marked rows one transaction stamps: a row holds a register per column. */
const CAPTURE_SLICE = 300;

/** Stamps the rows the triggers marked, a slice per transaction: after an upgrade that can be every row there is. */
export async function captureInSlices(store: SyncStore): Promise<void> {
  for (let more = true; more; ) {
    await yieldToLoop();
    more = store.capture(CAPTURE_SLICE).more;
  }
}

/** A device's name for the history and the status: the name its user signs with. */
export const authorName = (store: SyncStore, device: string) => store.state.authorOf(device) || 'En annan dator';

const tableOrder = new Map(syncedTableNames.map((table, index) => [table, index]));

/** Parents before children, a row's fields together: a slice then seldom holds half a row or an orphan. */
export function inWriteOrder(registers: Register[]): Register[] {
  return [...registers].sort(
    (a, b) => tableOrder.get(a.table)! - tableOrder.get(b.table)! || (a.rowKey < b.rowKey ? -1 : a.rowKey > b.rowKey ? 1 : 0),
  );
}
