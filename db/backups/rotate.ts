import fs from 'node:fs';
import { backupsToRemove, type RotationPolicy } from '../../shared/backups/rotation';
import { listBackups, localDay } from './list';

/** Removes the backups the rotation rule no longer keeps; returns their ids. */
export function rotateBackups(databaseFile: string, policy?: RotationPolicy): string[] {
  const backups = listBackups(databaseFile);
  const removed = new Set(backupsToRemove(backups.map((backup) => ({ ...backup, day: localDay(backup.takenAt) })), policy));
  for (const backup of backups) if (removed.has(backup.id)) fs.rmSync(backup.file, { force: true });
  return [...removed];
}
