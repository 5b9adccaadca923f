import fs from 'node:fs';
import path from 'node:path';
import type { BackupKind } from '../../shared/backups/kinds';
import { backupsFolderOf, parseBackupFileName } from './file-names';

export interface BackupFile {
  /** The file's name in the backups folder: what the UI and the command line choose a backup by. */
  id: string;
  file: string;
  kind: BackupKind;
  takenAt: string;
  sizeBytes: number;
}

/**
 * The finished backups of a database, newest first. A copy still being written has a
 * `.partial` name and is never listed, so a half-written file never counts as a backup.
 */
export function listBackups(databaseFile: string): BackupFile[] {
  const folder = backupsFolderOf(databaseFile);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const backups: BackupFile[] = [];
  for (const id of names) {
    const parsed = parseBackupFileName(databaseFile, id);
    if (!parsed) continue;
    const file = path.join(folder, id);
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat?.isFile()) backups.push({ id, file, kind: parsed.kind, takenAt: parsed.takenAt, sizeBytes: stat.size });
  }
  return backups.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || a.id.localeCompare(b.id));
}

/** A backup chosen by id; only names that are listed can match, so an id can never point outside the folder. */
export function findBackup(databaseFile: string, id: string): BackupFile | undefined {
  return listBackups(databaseFile).find((backup) => backup.id === id);
}

/** The calendar day of an instant on this computer's clock, YYYY-MM-DD. */
export function localDay(at: Date | string): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
