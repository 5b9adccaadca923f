import type { BackupKind } from './kinds';

export interface RotationEntry {
  id: string;
  kind: BackupKind;
  /** ISO instant in UTC; such strings sort by time. */
  takenAt: string;
  /** The user's own calendar day the copy was taken, YYYY-MM-DD. */
  day: string;
}

export interface RotationPolicy {
  /** Daily copies of this many of the newest days are kept. */
  dailyDays: number;
  /** Before those, the newest daily copy of each of this many weeks (weeks that still have daily copies not counted). */
  weeklyWeeks: number;
  manual: number;
  beforeRestore: number;
}

/**
 * Two weeks day by day, then two months week by week: enough to go back past a mistake
 * found late, without the folder growing for ever. Copies taken before a migration are
 * never removed: there is one per app update that changes the database, and the update
 * may be what the user needs to step back from.
 */
export const rotationPolicy: RotationPolicy = { dailyDays: 14, weeklyWeeks: 8, manual: 10, beforeRestore: 5 };

/** The ISO 8601 week of a calendar day, such as "2026-W14"; weeks start on Monday, as in Sweden. */
export function isoWeek(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const thursday = new Date(Date.UTC(year, month - 1, date));
  // The Thursday of a week decides which year the week belongs to.
  thursday.setUTCDate(thursday.getUTCDate() + 4 - (thursday.getUTCDay() || 7));
  const weekYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 / 7) + 1;
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

const newestFirst = (a: RotationEntry, b: RotationEntry) => b.takenAt.localeCompare(a.takenAt);

/**
 * Walks newest-first entries: the newest entry of each of the first `count` keys stays;
 * older entries of a kept key (or of a key in `covered`) are superseded; entries of
 * later keys are beyond the window.
 */
function splitByKey(entries: RotationEntry[], keyOf: (entry: RotationEntry) => string, count: number, covered = new Set<string>()) {
  const kept: RotationEntry[] = [];
  const keys = new Set<string>();
  const superseded: RotationEntry[] = [];
  const beyond: RotationEntry[] = [];
  for (const entry of entries) {
    const key = keyOf(entry);
    if (keys.has(key) || covered.has(key)) superseded.push(entry);
    else if (keys.size < count) {
      keys.add(key);
      kept.push(entry);
    } else beyond.push(entry);
  }
  return { kept, superseded, beyond };
}

const weekOf = (entry: RotationEntry) => isoWeek(entry.day);

/** The ids of the backups that rotation removes; every other backup is kept. */
export function backupsToRemove(entries: RotationEntry[], policy: RotationPolicy = rotationPolicy): string[] {
  const ofKind = (kind: BackupKind) => entries.filter((entry) => entry.kind === kind).sort(newestFirst);
  const daily = splitByKey(ofKind('daily'), (entry) => entry.day, policy.dailyDays);
  // A week that still has daily copies needs no weekly one.
  const weekly = splitByKey(daily.beyond, weekOf, policy.weeklyWeeks, new Set(daily.kept.map(weekOf)));
  return [
    ...daily.superseded,
    ...weekly.superseded,
    ...weekly.beyond,
    ...ofKind('manual').slice(policy.manual),
    ...ofKind('before-restore').slice(policy.beforeRestore),
  ].map((entry) => entry.id);
}
