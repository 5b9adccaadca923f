import path from 'node:path';
import { backupKinds, type BackupKind } from '../../shared/backups/kinds';

/** Swedish, since the user or IT support may look for the files in the folder. */
const slugs: Record<BackupKind, string> = {
  daily: 'daglig',
  manual: 'manuell',
  'before-restore': 'fore-aterstallning',
  'before-migration': 'fore-migrering',
};

/** The folder beside the database file where every copy of it is kept. */
export function backupsFolderOf(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'backups');
}

/** An instant as it can stand in a file name on every system: 2026-03-31T08-00-00-000Z. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

export function backupFileName(databaseFile: string, kind: BackupKind, takenAt: Date): string {
  return `${path.basename(databaseFile)}.${slugs[kind]}-${fileStamp(takenAt)}.sqlite`;
}

const stampPattern = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/;

/** The kind and time of a backup of this database, or null for any other file in the folder. */
export function parseBackupFileName(databaseFile: string, name: string): { kind: BackupKind; takenAt: string } | null {
  const prefix = `${path.basename(databaseFile)}.`;
  if (!name.startsWith(prefix)) return null;
  const rest = name.slice(prefix.length);
  for (const kind of backupKinds) {
    const slug = `${slugs[kind]}-`;
    if (!rest.startsWith(slug)) continue;
    const match = stampPattern.exec(rest.slice(slug.length));
    if (!match) return null;
    const [, day, hours, minutes, seconds, millis] = match;
    const takenAt = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`;
    const time = Date.parse(takenAt);
    return Number.isFinite(time) && new Date(time).toISOString() === takenAt ? { kind, takenAt } : null;
  }
  return null;
}
