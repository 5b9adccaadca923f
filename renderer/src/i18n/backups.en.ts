import type { backupsSv } from './backups.sv';
import type { Widen } from './widen';

export const backupsEn: Widen<typeof backupsSv> = {
  title: 'Backups',
  lead: 'The program takes a copy of its database every day. Here you see the copies, can take another and can restore one of them if something has gone wrong.',
  loading: 'Loading the backups …',
  loadFailed: 'The backups could not be loaded.',
  create: {
    title: 'Take a backup now',
    lead: 'Worth doing before a big change, such as importing a plan.',
    button: 'Take a backup now',
    busy: 'Taking a backup …',
    done: 'The backup of {{when}} is saved.',
  },
  list: {
    title: 'Saved backups',
    caption: 'The backups, newest first',
    none: 'There are no backups yet. The program takes the first at its next start, or take one now.',
    date: 'Date',
    time: 'Time',
    kind: 'Kind',
    size: 'Size',
    action: 'Action',
    restore: 'Restore',
    restoreAria: 'Restore the backup of {{when}}',
    folder: 'The copies are in the folder {{folder}}.',
    rotation:
      'The program keeps the daily copies of the last {{days}} days and one copy a week for {{weeks}} weeks before them, the last {{manual}} taken by hand and the last {{beforeRestore}} from before a restore. Copies from before an update of the program are never removed.',
    startCheck: 'The database is checked at every start. If it is damaged, the program offers to restore the newest whole copy, and the damaged file is kept.',
  },
  kind: {
    daily: 'Daily',
    manual: 'Taken by hand',
    'before-restore': 'Before a restore',
    'before-migration': 'Before an update',
  },
  restore: {
    title: 'Restore the backup of {{when}}?',
    body: 'Everything in the program becomes as it was when the copy was taken. What was saved after that is not in the copy.',
    safety: 'Before anything changes, the current database is copied to a backup of its own, “Before a restore”. You can restore it if you change your mind.',
    reload: 'Every view reloads when the restore is done.',
    confirm: 'Restore',
    done: 'The backup of {{when}} is restored. What you had before is kept as the backup “Before a restore” of {{safety}}.',
  },
};
