import Database from 'better-sqlite3';

/** What `PRAGMA quick_check` found wrong; empty when the database is whole. */
export function quickCheck(sqlite: Database.Database): string[] {
  const findings = (sqlite.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check);
  return findings.length === 1 && findings[0] === 'ok' ? [] : findings;
}

/**
 * Checks a database file without changing it: opened read-only, then quick_check.
 * A file SQLite cannot read at all (not a database, cut short) is one finding too.
 */
export function checkDatabaseFile(file: string): string[] {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    return quickCheck(sqlite);
  } catch (error) {
    return [(error as Error).message];
  } finally {
    sqlite?.close();
  }
}

/** SQLite's own words for a file whose content is broken, as opposed to one it may not open. */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
}
