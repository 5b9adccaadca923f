import type { ManualResult } from '../../../shared/results/manual';
import { periodOf, periodsOfYear, type Period, type PeriodKind } from '../../../shared/results/periods';

/**
 * The periods of the plan's year that can still get a manual result of the kind: a
 * manual result is filed under its period's first day, and one per period is allowed.
 */
export function freePeriods(year: number, kind: PeriodKind, taken: readonly Pick<ManualResult, 'periodKind' | 'periodStart'>[]): Period[] {
  const used = new Set(taken.filter((manual) => manual.periodKind === kind).map((manual) => manual.periodStart));
  return periodsOfYear(year, kind).filter((period) => !used.has(period.start));
}

/** The period to offer first: the one today falls in when it is free, else the first free one. */
export function suggestedStart(periods: readonly Period[], kind: PeriodKind, today: string): string | null {
  const current = periodOf(today, kind).start;
  return periods.find((period) => period.start === current)?.start ?? periods[0]?.start ?? null;
}
