import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupKind } from '../../shared/backups/kinds';
import { AppError } from '../../shared/errors';
import { commitPartial } from './durable-files';
import { backupFileName, backupsFolderOf } from './file-names';
import type { BackupFile } from './list';
import { checkDatabaseFile } from './verify';

function removeLeftover(partial: string): void {
  try {
    fs.rmSync(partial, { force: true });
  } catch {
    // The folder itself is what failed; there is no partial copy to remove.
  }
}

/**
 * Copies the open database with `VACUUM INTO` to a `.partial` file, checks the copy
 * (read-only, quick_check) and only then gives it its real name: a file with a backup's
 * name is always a whole, checked copy. A failed copy leaves nothing behind.
 */
export function takeBackup(sqlite: Database.Database, databaseFile: string, kind: BackupKind, takenAt: Date): BackupFile {
  const folder = backupsFolderOf(databaseFile);
  const id = backupFileName(databaseFile, kind, takenAt);
  const file = path.join(folder, id);
  const partial = `${file}.partial`;
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.rmSync(partial, { force: true });
    sqlite.prepare('VACUUM INTO ?').run(partial);
    const findings = checkDatabaseFile(partial);
    if (findings.length > 0) throw new Error(`kopian klarade inte kontrollen: ${findings.join('; ')}`);
    commitPartial(partial, file, folder);
  } catch (error) {
    removeLeftover(partial);
    throw new AppError(
      'INTERNAL',
      'backups.saveFailed',
      { folder, reason: (error as Error).message },
    );
  }
  return { id, file, kind, takenAt: takenAt.toISOString(), sizeBytes: fs.statSync(file).size };
}
