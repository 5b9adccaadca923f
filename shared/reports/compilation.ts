import { z } from 'zod';
import { Id } from '../domain/ids';
import { Period, PeriodKind } from '../results/periods';
import { ReportKind } from './kinds';

/** A count in a period beside the same count in the period before and in the same period a year earlier. */
export const Figure = z.object({ count: z.number().int(), previousPeriod: z.number().int(), previousYear: z.number().int() });
export type Figure = z.infer<typeof Figure>;

/** How a kind's reports of the period were handled. Shares are percentages, null when nothing was counted. */
export const KindHandling = z.object({
  kind: ReportKind,
  received: Figure,
  investigated: z.number().int(),
  /** Investigated within the unit's limit for the kind, counted from the day the report came in. */
  investigatedWithin: z.number().int(),
  investigatedWithinShare: z.number().nullable(),
  /** Klagomål and synpunkter from a sender who is not anonymous: the ones that should get återkoppling. */
  feedbackExpected: z.number().int(),
  feedbackGiven: z.number().int(),
  feedbackShare: z.number().nullable(),
  feedbackWithin: z.number().int(),
  feedbackWithinShare: z.number().nullable(),
});
export type KindHandling = z.infer<typeof KindHandling>;

const Row = <T extends z.ZodRawShape>(shape: T) => z.object({ kind: ReportKind, ...shape, figure: Figure });

export const PeriodCompilation = z.object({
  period: Period,
  previousPeriod: Period,
  previousYear: Period,
  total: Figure,
  byKind: z.array(KindHandling),
  byCategory: z.array(Row({ categoryId: Id.nullable(), category: z.string().nullable() })),
  /** Processes are matched across years by name, as a rollover copies them. */
  byProcess: z.array(Row({ process: z.string().nullable() })),
  /** A report counts under each of its kvalitetsområden (matched by name), so these do not add up to the total. */
  byQualityArea: z.array(Row({ area: z.string() })),
  /** Every combination of kind, category and process that holds a report in one of the three periods. */
  cells: z.array(Row({ categoryId: Id.nullable(), process: z.string().nullable() })),
  lexSarah: z.object({ reports: Figure, serious: z.number().int(), reportedToIvo: z.number().int() }),
});
export type PeriodCompilation = z.infer<typeof PeriodCompilation>;

export const OpenReports = z.object({ kind: ReportKind, open: z.number().int(), overdue: z.number().int() });
export type OpenReports = z.infer<typeof OpenReports>;

export const Compilation = z.object({
  planId: Id,
  year: z.number().int(),
  periodKind: PeriodKind,
  /** The day the open reports and their limits are counted on. */
  today: z.string(),
  periods: z.array(PeriodCompilation),
  open: z.array(OpenReports),
});
export type Compilation = z.infer<typeof Compilation>;

/**
 * The register grouped by month, kind, category and process: what the database answers
 * in one grouped query, however many reports there are.
 */
export interface MonthCell {
  year: number;
  month: number;
  kind: ReportKind;
  categoryId: string | null;
  process: string | null;
  received: number;
  investigated: number;
  investigatedWithin: number;
  feedbackExpected: number;
  feedbackGiven: number;
  feedbackWithin: number;
  serious: number;
  reportedToIvo: number;
}

/** Reports per month, kind and kvalitetsområde (by name). */
export interface AreaMonthCell {
  year: number;
  month: number;
  kind: ReportKind;
  area: string;
  received: number;
}
