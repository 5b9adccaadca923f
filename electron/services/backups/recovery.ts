import { DatabaseDamagedError } from '../../../db/backups/damaged-database';

/** For the command line and the web harness: a damaged database's message ends with the command that restores its newest whole backup. */
export function commandLineExplanation(error: Error): string {
  if (!(error instanceof DatabaseDamagedError) || !error.backup) return error.message;
  return `${error.message}\n\nÅterställ den med kommandot:\n  npm run cli -- backup restore --db "${error.file}" ${error.backup.id}`;
}

/** The question the desktop app asks when the database is damaged and a whole backup exists; the first button restores. */
export function restorePrompt(error: DatabaseDamagedError) {
  return {
    type: 'warning' as const,
    title: 'Databasen är skadad',
    message: 'Databasen är skadad. Vill du återställa den senaste hela säkerhetskopian?',
    detail: error.message,
    buttons: ['Återställ säkerhetskopian', 'Avsluta utan att ändra något'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
}

export const RESTORE_CHOICE = 0;
