import type { BackupService } from './backup-service';

/** Hourly, so an app left open over midnight still gets its copy for the new day. */
export const DAILY_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Takes today's copy at start unless there is one, then checks again while the app runs.
 * A failed copy is logged and tried again at the next check: it must never stop the app.
 */
export function startDailyBackups(backups: BackupService, intervalMs = DAILY_CHECK_INTERVAL_MS): () => void {
  const check = () => {
    try {
      backups.takeDailyIfDue();
    } catch (error) {
      console.error('[säkerhetskopior] den dagliga säkerhetskopian kunde inte tas', error);
    }
  };
  check();
  const timer = setInterval(check, intervalMs);
  // The timer alone must not keep a process alive that is otherwise done.
  timer.unref();
  return () => clearInterval(timer);
}
