import { z } from 'zod';

export const PeriodKind = z.enum(['month', 'quarter', 'tertial', 'half', 'year']);
export type PeriodKind = z.infer<typeof PeriodKind>;

/** One period of a year: start and end are ISO dates, both inclusive. */
export const Period = z.object({
  kind: PeriodKind,
  start: z.string(),
  end: z.string(),
  key: z.string(),
  label: z.string(),
});
export type Period = z.infer<typeof Period>;

export const MONTH_NAMES = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
] as const;

export const periodKindLabels: Record<PeriodKind, string> = {
  month: 'Månad',
  quarter: 'Kvartal',
  tertial: 'Tertial',
  half: 'Halvår',
  year: 'År',
};

/** How many months a period of each kind spans. */
const MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, tertial: 4, half: 6, year: 12 };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function parts(date: string): { year: number; month: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) throw new Error(`Not an ISO date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** The period of the given kind whose months are number `index` (1-based) of the year. */
export function periodOfIndex(year: number, kind: PeriodKind, index: number): Period {
  const span = MONTHS[kind];
  const firstMonth = (index - 1) * span + 1;
  const lastMonth = firstMonth + span - 1;
  const start = `${year}-${pad(firstMonth)}-01`;
  const end = `${year}-${pad(lastMonth)}-${pad(lastDay(year, lastMonth))}`;
  switch (kind) {
    case 'month':
      return { kind, start, end, key: `${year}-${pad(index)}`, label: `${capitalized(MONTH_NAMES[index - 1]!)} ${year}` };
    case 'quarter':
      return { kind, start, end, key: `${year}-K${index}`, label: `Kvartal ${index} ${year}` };
    case 'tertial':
      return { kind, start, end, key: `${year}-T${index}`, label: `Tertial ${index} ${year}` };
    case 'half':
      return { kind, start, end, key: `${year}-H${index}`, label: `Halvår ${index} ${year}` };
    case 'year':
      return { kind, start, end, key: `${year}`, label: `${year}` };
  }
}

/** The period of the given kind that holds the date (YYYY-MM-DD). */
export function periodOf(date: string, kind: PeriodKind): Period {
  const { year, month } = parts(date);
  return periodOfIndex(year, kind, Math.ceil(month / MONTHS[kind]));
}

/** Every period of the kind in the year, in order. */
export function periodsOfYear(year: number, kind: PeriodKind): Period[] {
  return Array.from({ length: 12 / MONTHS[kind] }, (_, i) => periodOfIndex(year, kind, i + 1));
}

/** Whether a date is the first day of a period of the kind (what a manual result is filed under). */
export function isPeriodStart(date: string, kind: PeriodKind): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && periodOf(date, kind).start === date;
}

export const inPeriod = (date: string, period: Pick<Period, 'start' | 'end'>) => date >= period.start && date <= period.end;
