import os from 'node:os';
import type Database from 'better-sqlite3';
import { createSyncStore, type SyncStore } from '../../../db/sync/sync-store';
import type { SyncRound, SyncStatus, SyncWarning } from '../../../shared/ipc/sync';
import { localized, type LocalizedMessage } from '../../../shared/errors';
import { FolderError } from '../shared-folder/folder-problem';
import { runSyncRound } from './sync-round';

/** Often enough that a gruppledare back at the office sees the others' answers within a minute or two. */
export const SYNC_INTERVAL_MS = 60 * 1000;
/** The first round waits a little, so the window is up before the folder is touched. */
const FIRST_ROUND_DELAY_MS = 5 * 1000;

export interface SyncServiceOptions {
  sqlite: Database.Database;
  settings: { sharedFolder(): string | null; userName(): string | null };
  host?: string;
  wallNow?: () => number;
}

export interface SyncService {
  status(): SyncStatus;
  /** Runs a round now, or waits for the one already running; the status after it. */
  syncNow(): Promise<SyncStatus>;
  /** Rounds by themselves while the app runs; returns the function that stops them. */
  start(intervalMs?: number): () => void;
}

/**
 * Sync as the app sees it: one round at a time, by timer or on demand, and a status the UI
 * can show at any moment (last sync, changes waiting, why the folder cannot be used).
 */
export function createSyncService(options: SyncServiceOptions): SyncService {
  let store: SyncStore | null = null;
  const syncStore = () => (store ??= createSyncStore(options.sqlite, { host: options.host ?? os.hostname(), wallNow: options.wallNow }));
  let running: Promise<void> | null = null;
  let lastRound: SyncRound | null = null;
  let warnings: SyncWarning[] = [];
  let problem: { text: LocalizedMessage; fault: boolean } | null = null;

  function status(): SyncStatus {
    const folder = options.settings.sharedFolder();
    const state = !folder ? 'not-chosen' : running ? 'syncing' : problem ? (problem.fault ? 'failed' : 'unreachable') : 'ready';
    return {
      state,
      folder,
      lastSyncAt: syncStore().state.lastSyncAt(),
      lastRound,
      pending: folder ? syncStore().pendingRows() : 0,
      problem: folder ? (problem?.text ?? null) : null,
      warnings: folder ? warnings : [],
    };
  }

  async function round(folder: string): Promise<void> {
    try {
      const outcome = await runSyncRound(syncStore(), folder, options.settings.userName() ?? '');
      lastRound = outcome.round;
      warnings = outcome.warnings;
      problem = null;
    } catch (error) {
      if (error instanceof FolderError) {
        const { key, params, message } = error.problem;
        problem = { text: { key, params, message }, fault: false };
        return;
      }
      console.error('[synk] synkroniseringen avbröts', error);
      problem = { text: localized('sync.aborted', { reason: (error as Error).message }), fault: true };
    }
  }

  async function syncNow(): Promise<SyncStatus> {
    const folder = options.settings.sharedFolder();
    if (folder && !running) {
      running = round(folder).finally(() => {
        running = null;
      });
    }
    await running;
    return status();
  }

  return {
    status,
    syncNow,
    start(intervalMs = SYNC_INTERVAL_MS) {
      const tick = () => void syncNow();
      const first = setTimeout(tick, Math.min(FIRST_ROUND_DELAY_MS, intervalMs));
      const timer = setInterval(tick, intervalMs);
      // The timers alone must not keep a process alive that is otherwise done.
      first.unref();
      timer.unref();
      return () => {
        clearTimeout(first);
        clearInterval(timer);
      };
    },
  };
}
