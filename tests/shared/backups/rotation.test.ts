import { describe, expect, it } from 'vitest';
import type { BackupKind } from '../../../shared/backups/kinds';
import { backupsToRemove, isoWeek, rotationPolicy, type RotationEntry } from '../../../shared/backups/rotation';

/** One copy per day at 10:00 UTC, `days` days back from 2026-03-31 (the newest first). */
function dailies(days: number, kind: BackupKind = 'daily'): RotationEntry[] {
  return Array.from({ length: days }, (_, back) => {
    const at = new Date(Date.UTC(2026, 2, 31 - back, 10));
    const day = at.toISOString().slice(0, 10);
    return { id: `${kind}-${day}`, kind, takenAt: at.toISOString(), day };
  });
}

const kept = (entries: RotationEntry[]) => {
  const removed = new Set(backupsToRemove(entries));
  return entries.filter((entry) => !removed.has(entry.id)).map((entry) => entry.id);
};

describe('ISO weeks', () => {
  it('start on Monday and belong to the year of their Thursday', () => {
    expect(isoWeek('2026-03-30')).toBe('2026-W14'); // Monday
    expect(isoWeek('2026-04-05')).toBe('2026-W14'); // Sunday
    expect(isoWeek('2026-04-06')).toBe('2026-W15');
    expect(isoWeek('2027-01-01')).toBe('2026-W53'); // a Friday: still the last week of 2026
    expect(isoWeek('2024-12-30')).toBe('2025-W01'); // a Monday: already the first week of 2025
  });
});

describe('backup rotation', () => {
  it('keeps everything while there are few copies', () => {
    const entries = [...dailies(10), ...dailies(3, 'manual'), ...dailies(2, 'before-restore')];
    expect(backupsToRemove(entries)).toEqual([]);
  });

  it('keeps the 14 newest days, then the newest copy of each of the 8 weeks before those days', () => {
    const entries = dailies(120);
    const days = kept(entries).map((id) => id.replace('daily-', ''));
    expect(days.slice(0, 14)).toEqual(entries.slice(0, 14).map((entry) => entry.day));
    // The oldest daily copy kept is from Wednesday 18 March, so its week (16–22 March) needs no weekly copy;
    // the 8 weeks before it keep their Sunday's copy.
    expect(days.slice(14)).toEqual(['2026-03-15', '2026-03-08', '2026-03-01', '2026-02-22', '2026-02-15', '2026-02-08', '2026-02-01', '2026-01-25']);
    expect(new Set(days.slice(14).map(isoWeek)).size).toBe(rotationPolicy.weeklyWeeks);
  });

  it('removes an older copy of a day that already has a newer one', () => {
    const [today] = dailies(1);
    const earlier = { ...today!, id: 'earlier', takenAt: '2026-03-31T06:00:00.000Z' };
    expect(backupsToRemove([earlier, today!])).toEqual(['earlier']);
  });

  it('keeps the 10 newest manual copies and the 5 newest copies from before a restore', () => {
    const manual = dailies(12, 'manual');
    const beforeRestore = dailies(7, 'before-restore');
    expect(backupsToRemove([...manual, ...beforeRestore]).sort()).toEqual(
      [...manual.slice(10), ...beforeRestore.slice(5)].map((entry) => entry.id).sort(),
    );
  });

  it('never removes a copy taken before a migration', () => {
    expect(backupsToRemove(dailies(200, 'before-migration'))).toEqual([]);
  });

  it('does not depend on the order the copies are listed in', () => {
    const entries = [...dailies(60), ...dailies(15, 'manual')];
    expect(backupsToRemove([...entries].reverse()).sort()).toEqual(backupsToRemove(entries).sort());
  });
});
