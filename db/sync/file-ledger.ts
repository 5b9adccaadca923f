import type Database from 'better-sqlite3';

export type FileState = 'applied' | 'own' | 'skipped';

export interface LedgerEntry {
  device: string;
  name: string;
  state: FileState;
  size: number;
  mtimeMs: number;
  sha256: string | null;
  problem: string | null;
  recordedAt: string;
}

interface LedgerRow {
  device: string;
  name: string;
  state: FileState;
  size: number;
  mtime_ms: number;
  sha256: string | null;
  problem: string | null;
  recorded_at: string;
}

const fromRow = (row: LedgerRow): LedgerEntry => ({
  device: row.device,
  name: row.name,
  state: row.state,
  size: row.size,
  mtimeMs: row.mtime_ms,
  sha256: row.sha256,
  problem: row.problem,
  recordedAt: row.recorded_at,
});

/** Which files of the sync folder this device has taken in, written itself, or had to skip and why. */
export function createFileLedger(sqlite: Database.Database) {
  const upsert = sqlite.prepare(
    `INSERT INTO sync_files (device, name, state, size, mtime_ms, sha256, problem, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (device, name) DO UPDATE SET state = excluded.state, size = excluded.size, mtime_ms = excluded.mtime_ms,
       sha256 = excluded.sha256, problem = excluded.problem, recorded_at = excluded.recorded_at`,
  );
  const markApplied = sqlite.prepare(
    `INSERT INTO sync_files (device, name, state, size, mtime_ms, sha256, problem, recorded_at) VALUES (?, ?, 'applied', 0, 0, NULL, NULL, ?)
     ON CONFLICT (device, name) DO UPDATE SET state = 'applied', problem = NULL WHERE state = 'skipped'`,
  );
  const selectAll = sqlite.prepare<[], LedgerRow>('SELECT * FROM sync_files');
  return {
    record(entry: LedgerEntry): void {
      upsert.run(entry.device, entry.name, entry.state, entry.size, entry.mtimeMs, entry.sha256, entry.problem, entry.recordedAt);
    },
    /** Files a snapshot already holds: never read, and no longer a warning if they were skipped. */
    coveredBySnapshot(device: string, name: string, at: string): void {
      markApplied.run(device, name, at);
    },
    all(): LedgerEntry[] {
      return selectAll.all().map(fromRow);
    },
  };
}

export type FileLedger = ReturnType<typeof createFileLedger>;
