/**
 * Why a backup was taken. Daily copies are taken by the app itself, manual ones when the
 * user asks, and the two "before" kinds just before the database is replaced or migrated.
 */
export const backupKinds = ['daily', 'manual', 'before-restore', 'before-migration'] as const;
export type BackupKind = (typeof backupKinds)[number];

/** The kinds in Swedish, as the command line lists them and the UI shows them. */
export const backupKindLabels: Record<BackupKind, string> = {
  daily: 'Daglig',
  manual: 'Tagen för hand',
  'before-restore': 'Före återställning',
  'before-migration': 'Före uppdatering',
};
