import { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { backupKinds } from '../backups/kinds';
import { channel } from './channel';

export const Backup = z.object({
  /** The backup file's name: what a restore names. */
  id: z.string(),
  kind: z.enum(backupKinds),
  takenAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
});
export type Backup = z.infer<typeof Backup>;

const BackupList = z.object({
  /** Where the copies are, so the user or IT support can find them. */
  folder: z.string(),
  backups: z.array(Backup),
});

const BackupId = z.string().min(1, keyed('validation.backupMissing')).max(255, keyed('validation.backupMissing'));

export const backupsContract = {
  list: channel('backups:list', z.object({}).strict(), BackupList),
  create: channel('backups:create', z.object({}).strict(), Backup),
  restore: channel('backups:restore', z.object({ id: BackupId }).strict(), z.object({ restored: Backup, safetyCopy: Backup })),
};
