import { z } from 'zod';
import { LocalizedMessage } from '../errors';
import { channel } from './channel';

/** Why a file in the sync folder was left alone: unreadable or cut short, not a sync file, or from a newer version. */
export const SyncProblemKind = z.enum(['damaged', 'foreign', 'future']);
export type SyncProblemKind = z.infer<typeof SyncProblemKind>;

/** Something the user should know about sync that does not stop it; the renderer words it. */
export const SyncWarning = z.discriminatedUnion('kind', [
  z.object({ kind: SyncProblemKind, file: z.string() }),
  /** Another computer's changes wait because its clock is this far ahead of this one's. */
  z.object({ kind: z.literal('clock-ahead'), author: z.string(), minutesAhead: z.number().int().nonnegative() }),
  /** A unit that cannot come here: an imported unit (from a yearly bundle) of the same name is in this database. */
  z.object({ kind: z.literal('blocked-unit'), unitName: z.string() }),
]);
export type SyncWarning = z.infer<typeof SyncWarning>;

/** failed: a fault in the app itself stopped the round; the folder may be fine. */
export const SyncState = z.enum(['not-chosen', 'unreachable', 'failed', 'syncing', 'ready']);
export type SyncState = z.infer<typeof SyncState>;

export const SyncRound = z.object({
  at: z.string(),
  /** Field changes of this computer written to the folder. */
  sent: z.number().int().nonnegative(),
  /** Field changes of other computers taken in. */
  received: z.number().int().nonnegative(),
  /** Other computers whose files were read, by the name their user signs with. */
  from: z.array(z.string()),
});
export type SyncRound = z.infer<typeof SyncRound>;

export const SyncStatus = z.object({
  state: SyncState,
  folder: z.string().nullable(),
  /** When a round last went through to the end. */
  lastSyncAt: z.string().nullable(),
  lastRound: SyncRound.nullable(),
  /** Rows changed on this computer that are not in the folder yet. */
  pending: z.number().int().nonnegative(),
  /** Why the folder cannot be used now, in Swedish, when it cannot. */
  problem: LocalizedMessage.nullable(),
  warnings: z.array(SyncWarning),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const syncContract = {
  status: channel('sync:status', z.object({}).strict(), SyncStatus),
  now: channel('sync:now', z.object({}).strict(), SyncStatus),
};
