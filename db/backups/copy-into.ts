import Database from 'better-sqlite3';

/** Far more pages than any database of the app has: the whole copy is one step. */
const ALL_PAGES = 0x7fffffff;

/**
 * Replaces the content of the live database file with a backup's through SQLite's backup
 * API, while the app's own connection stays open. The pages are written in one write
 * transaction on the destination, so the database holds either the old data or the
 * backup's, never a mix; the open connection sees the new content at its next statement.
 */
export async function copyIntoLiveDatabase(backupFile: string, databaseFile: string): Promise<void> {
  const source = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(databaseFile, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
}
