import type { PeriodResult } from '../../../shared/results/control-results';

export interface TrendSummary {
  /** Periods that have a value. */
  measured: number;
  /** Of those, the ones that reached the target. */
  green: number;
  highest: PeriodResult;
  lowest: PeriodResult;
}

/** The few facts a chart shows at a glance, for those who cannot see it; null when no period has a value. */
export function trendSummary(periods: readonly PeriodResult[]): TrendSummary | null {
  const measured = periods.filter((period) => period.value !== null);
  const [first] = measured;
  if (!first) return null;
  let highest = first;
  let lowest = first;
  for (const period of measured) {
    if (period.value! > highest.value!) highest = period;
    if (period.value! < lowest.value!) lowest = period;
  }
  return { measured: measured.length, green: measured.filter((period) => period.status === 'green').length, highest, lowest };
}
