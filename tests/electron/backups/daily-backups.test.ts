import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupService } from '../../../electron/services/backups/backup-service';
import { DAILY_CHECK_INTERVAL_MS, startDailyBackups } from '../../../electron/services/backups/daily-backups';

afterEach(() => vi.useRealTimers());

function fakeService(takeDailyIfDue: () => null) {
  return { takeDailyIfDue: vi.fn(takeDailyIfDue) } as unknown as BackupService & { takeDailyIfDue: ReturnType<typeof vi.fn> };
}

describe('daily backups while the app runs', () => {
  it('check at start and every hour until stopped', () => {
    vi.useFakeTimers();
    const service = fakeService(() => null);
    const stop = startDailyBackups(service);
    expect(service.takeDailyIfDue).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(DAILY_CHECK_INTERVAL_MS * 3);
    expect(service.takeDailyIfDue).toHaveBeenCalledTimes(4);
    stop();
    vi.advanceTimersByTime(DAILY_CHECK_INTERVAL_MS * 3);
    expect(service.takeDailyIfDue).toHaveBeenCalledTimes(4);
  });

  it('log a failed copy and try again at the next check, without stopping the app', () => {
    vi.useFakeTimers();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const service = fakeService(() => {
      throw new Error('disken är full');
    });
    const stop = startDailyBackups(service);
    vi.advanceTimersByTime(DAILY_CHECK_INTERVAL_MS);
    expect(service.takeDailyIfDue).toHaveBeenCalledTimes(2);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('den dagliga säkerhetskopian kunde inte tas'), expect.any(Error));
    stop();
  });
});
