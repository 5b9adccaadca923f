import type { TFunction } from 'i18next';
import type { Period, PeriodKind } from '../../../shared/results/periods';

/** How many months a period of each kind spans. */
const SPAN: Record<PeriodKind, number> = { month: 1, quarter: 3, tertial: 4, half: 6, year: 12 };

const monthOf = (date: string) => Number(date.slice(5, 7));
const yearOf = (date: string) => Number(date.slice(0, 4));

/** Which period of its kind in the year this is, 1-based: tertial 2 starts in May. */
export function periodIndex(period: Pick<Period, 'kind' | 'start'>): number {
  return Math.floor((monthOf(period.start) - 1) / SPAN[period.kind]) + 1;
}

function monthName(t: TFunction, month: number, form: 'monthNames' | 'monthShort'): string {
  return t(`resultScreens.periods.${form}`).split(',')[month - 1] ?? String(month);
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lowered = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * "Mars 2026", "Tertial 2 2026", "2026" in the UI's language. Inside a sentence
 * ("Underlag för mars 2026") the word keeps the case it has in running text.
 */
export function periodLabel(t: TFunction, period: Pick<Period, 'kind' | 'start'>, inSentence = false): string {
  const year = yearOf(period.start);
  const index = periodIndex(period);
  switch (period.kind) {
    case 'month': {
      const name = monthName(t, index, 'monthNames');
      return `${inSentence ? name : capitalised(name)} ${year}`;
    }
    case 'year':
      return String(year);
    default: {
      const label = t(`resultScreens.periods.${period.kind}`, { index, year });
      return inSentence ? lowered(label) : label;
    }
  }
}

/** The label on a chart's axis: "jan", "K2", "T1", "H2", "2026". */
export function periodShortLabel(t: TFunction, period: Pick<Period, 'kind' | 'start'>): string {
  const index = periodIndex(period);
  switch (period.kind) {
    case 'month':
      return monthName(t, index, 'monthShort');
    case 'year':
      return String(yearOf(period.start));
    default:
      return t(`resultScreens.periods.short.${period.kind}`, { index });
  }
}

/** The months a longer period covers, "jan–apr"; empty for a single month. */
export function periodMonths(t: TFunction, period: Pick<Period, 'kind' | 'start' | 'end'>): string {
  if (period.kind === 'month') return '';
  return `${monthName(t, monthOf(period.start), 'monthShort')}–${monthName(t, monthOf(period.end), 'monthShort')}`;
}
