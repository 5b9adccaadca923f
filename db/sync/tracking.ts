import type Database from 'better-sqlite3';
import { EXISTS, syncedTableNames, syncedTables } from '../../shared/sync/tables';

/** The flag the triggers of migration 0006 look for: without it no write is marked for sync. */
const TRACKING = 'sync.tracking';

const rowKeyOf = (columns: string[]) => columns.map((column) => `"${column}"`).join(` || '|' || `);

/**
 * Whether this device keeps a change log for sync. It starts at the first sync round, not
 * before: a database whose user never chose a shared folder holds no marks and no registers.
 * Starting marks every row there is, and every row the registers still know (one deleted
 * while the log was off becomes a tombstone), so the first round sends everything.
 */
export function createTracking(sqlite: Database.Database) {
  const flag = sqlite.prepare<[string], number>('SELECT 1 FROM device_settings WHERE key = ?').pluck();
  const setFlag = sqlite.prepare<[string]>("INSERT OR IGNORE INTO device_settings (key, value) VALUES (?, '1')");
  const markRows = syncedTableNames.map((table) =>
    sqlite.prepare<[string, string]>(
      `INSERT OR IGNORE INTO sync_dirty (tbl, row_key, at) SELECT ?, ${rowKeyOf(syncedTables[table].key)}, ? FROM "${table}"`,
    ),
  );
  const markKnown = sqlite.prepare<[string, string]>(
    "INSERT OR IGNORE INTO sync_dirty (tbl, row_key, at) SELECT tbl, row_key, ? FROM sync_registers WHERE field = ? AND value = '1'",
  );
  const counts = syncedTableNames.map((table) => sqlite.prepare<[], number>(`SELECT COUNT(*) FROM "${table}"`).pluck());

  const isOn = () => flag.get(TRACKING) !== undefined;
  return {
    isOn,
    /** Called inside the transaction of a capture or an apply; once on, a no-op. */
    start(at: string): void {
      if (isOn()) return;
      setFlag.run(TRACKING);
      syncedTableNames.forEach((table, index) => markRows[index]!.run(table, at));
      markKnown.run(at, EXISTS);
    },
    /** Before the first round every row is yet to be sent. */
    untrackedRows: () => counts.reduce((sum, count) => sum + (count.get() ?? 0), 0),
  };
}

export type Tracking = ReturnType<typeof createTracking>;
