import { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { REPORT_KINDS, ReportKind } from './kinds';

const Days = (what: 'limitDays' | 'feedbackDays') =>
  z
    .number({ message: keyed(`reports.${what}Number`) })
    .int(keyed(`reports.${what}Whole`))
    .min(1, keyed(`reports.${what}Min`))
    .max(365, keyed(`reports.${what}Max`));

/**
 * A unit's own handling limits per kind. The law says genast, utan dröjsmål, snarast and
 * gives no number of days, so each unit sets them: a report still open past limitDays is
 * flagged, and the compilation counts those investigated within it.
 */
export const KindSettings = z.object({
  kind: ReportKind,
  limitDays: Days('limitDays'),
  /** Only klagomål and synpunkter have a sender to answer; null elsewhere. */
  feedbackDays: Days('feedbackDays').nullable(),
});
export type KindSettings = z.infer<typeof KindSettings>;

export const ReportSettings = z.array(KindSettings);
export type ReportSettings = z.infer<typeof ReportSettings>;

const DEFAULT_LIMITS: Record<ReportKind, { limitDays: number; feedbackDays: number | null }> = {
  avvikelse: { limitDays: 30, feedbackDays: null },
  klagomal: { limitDays: 30, feedbackDays: 14 },
  synpunkt: { limitDays: 30, feedbackDays: 14 },
  lex_sarah: { limitDays: 7, feedbackDays: null },
  tillsyn: { limitDays: 90, feedbackDays: null },
};

/** The limits of every kind, the unit's own where it set them. */
export function settingsWithDefaults(stored: readonly KindSettings[]): ReportSettings {
  return REPORT_KINDS.map((kind) => stored.find((row) => row.kind === kind) ?? { kind, ...DEFAULT_LIMITS[kind] });
}

export function settingsOf(settings: readonly KindSettings[], kind: ReportKind): KindSettings {
  return settings.find((row) => row.kind === kind) ?? { kind, ...DEFAULT_LIMITS[kind] };
}
