import type Database from 'better-sqlite3';
import type { Register } from '../../shared/sync/register';
import { applyRemote } from './apply-remote';
import { captureLocalChanges } from './capture';
import type { BlockedUnit, SyncContext } from './context';
import { createDeviceState } from './device-state';
import { createFileLedger } from './file-ledger';
import { materialise } from './materialise';
import { recordOverwrites } from './overwrite-history';
import { createRegisterStore } from './register-store';
import { repairMerged } from './repair';
import { createTableRows } from './table-rows';
import { createTracking } from './tracking';
import { createUnitScope } from './unit-scope';

export interface SyncStoreOptions {
  /** The computer's name: a database copied to another computer gets a device id of its own there. */
  host: string;
  wallNow?: () => number;
}

export interface BatchResult {
  /** Field writes of other devices that won here. */
  applied: number;
  /** Rows written, changed or deleted in the live tables. */
  written: number;
  /** Values of this device's replaced by an edit that had not seen them, now in the plan's history. */
  overwritten: number;
}

/**
 * The database side of sync: this device's changes out of the triggers' marks, other devices'
 * changes in. Every call is one transaction; the files themselves are electron/services/sync's.
 *
 * How the pieces fit (README, "Sync between a unit's laptops", says it for users):
 * - triggers (migrations 0004, 0006) mark every written row in sync_dirty while this device syncs
 *   (tracking.ts: from its first round on) and sync_applying holds no row;
 * - capture.ts turns marks into registers: one per field, stamped by the hybrid logical clock
 *   (shared/sync/hlc.ts) with this device's id; a deleted row gets `_exists` = 0;
 * - apply-remote.ts takes in other devices' registers, last writer wins per field (stamp, then
 *   device id), and notes plan content it replaced unseen (overwrite-history.ts writes it down);
 * - repair.ts mends what only the union of devices can break, by writes of this device's that
 *   every device would make alike: parents of new data come back, rows made twice merge;
 * - materialise.ts writes the live tables from the registers, parents first, triggers held off.
 */
export function createSyncStore(sqlite: Database.Database, options: SyncStoreOptions) {
  const state = createDeviceState(sqlite);
  const ctx: SyncContext = {
    sqlite,
    store: createRegisterStore(sqlite),
    rows: createTableRows(sqlite),
    scope: createUnitScope(sqlite),
    state,
    device: state.deviceId(options.host),
    wallNow: options.wallNow ?? (() => Date.now()),
    blocked: new Map(),
  };
  const tracking = createTracking(sqlite);
  const transaction = <T>(work: () => T): T =>
    sqlite.transaction(() => {
      ctx.scope.forget();
      tracking.start(new Date(ctx.wallNow()).toISOString());
      return work();
    })();

  return {
    device: ctx.device,
    state,
    ledger: createFileLedger(sqlite),
    registers: ctx.store,
    wallNow: ctx.wallNow,
    /** Stamps up to `limit` marked rows; `more` says whether marks are left for another slice. The first call starts the change log. */
    capture: (limit?: number) => transaction(() => captureLocalChanges(ctx, limit)),
    /** Takes in a slice of another device's registers: local marks first, so no unsent edit is overwritten unstamped. */
    apply(registers: Register[], authorOf: (device: string) => string): BatchResult {
      return transaction(() => {
        captureLocalChanges(ctx);
        const { changed, applied, overwrites } = applyRemote(ctx, registers);
        const overwritten = recordOverwrites(ctx, overwrites, authorOf, changed);
        repairMerged(ctx, changed);
        return { applied, written: materialise(ctx, changed), overwritten };
      });
    },
    /** This device's writes not yet in a file of its own. */
    unsent(): Register[] {
      return ctx.store.writtenSince(ctx.device, state.sentUpTo());
    },
    /** Rows with changes that have not reached the folder yet: marked by the triggers or stamped but unsent. */
    pendingRows(): number {
      if (!tracking.isOn()) return tracking.untrackedRows();
      const marked = sqlite.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM sync_dirty').get()?.n ?? 0;
      return marked + ctx.store.rowsWrittenSince(ctx.device, state.sentUpTo());
    },
    blockedUnits: (): BlockedUnit[] => [...ctx.blocked.values()],
  };
}

export type SyncStore = ReturnType<typeof createSyncStore>;
