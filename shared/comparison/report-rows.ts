import { z } from 'zod';
import { daysBetween } from '../reports/elapsed';
import { REPORT_KINDS, ReportKind, reportLabels, type ReportStatus } from '../reports/kinds';
import { nameKey } from './names';

/** One report of a unit's year, what the comparison counts of it. */
export interface UnitReport {
  kind: ReportKind;
  /** The category's name, null for a report without one. */
  category: string | null;
  status: ReportStatus;
  receivedOn: string;
  investigatedOn: string | null;
  /** The quality areas the report is tagged with. */
  qualityAreas: readonly string[];
}

/** `counts[i]` is units[i]'s; null for a unit without the chosen quality area. */
const Counts = z.array(z.number().int().nullable());

/** The units' registers side by side: reports per kind and per category, open lex Sarah and days to investigate. */
export const ReportComparison = z.object({
  kinds: z.array(z.object({ kind: ReportKind, label: z.string(), counts: Counts })),
  /** Categories matched across units by kind and name (without regard to case); the first unit's spelling names the row. */
  categories: z.array(z.object({ key: z.string(), kind: ReportKind, kindLabel: z.string(), category: z.string(), counts: Counts })),
  /** Lex Sarah reports of the year not yet avslutade. */
  openLexSarah: Counts,
  /** The median number of days from a report coming in to its utredning being done, over the investigated reports; null when none is. */
  medianDaysToInvestigate: z.array(z.number().nullable()),
});
export type ReportComparison = z.infer<typeof ReportComparison>;

/** The middle value, or the mean of the two middle ones; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const NO_CATEGORY = 'Ingen kategori';

/** `reportsOf[i]` is units[i]'s reports in view, null when that unit lacks the chosen quality area. */
export function reportComparison(reportsOf: ReadonlyArray<readonly UnitReport[] | null>): ReportComparison {
  const count = (test: (report: UnitReport) => boolean) => reportsOf.map((reports) => (reports === null ? null : reports.filter(test).length));
  const categories = new Map<string, { kind: ReportKind; category: string }>();
  for (const reports of reportsOf) {
    for (const report of reports ?? []) {
      const category = report.category ?? NO_CATEGORY;
      const key = `${report.kind}|${nameKey(category)}`;
      if (!categories.has(key)) categories.set(key, { kind: report.kind, category });
    }
  }
  return {
    kinds: REPORT_KINDS.map((kind) => ({ kind, label: reportLabels.kind[kind], counts: count((report) => report.kind === kind) })),
    categories: [...categories]
      .sort(([, a], [, b]) => REPORT_KINDS.indexOf(a.kind) - REPORT_KINDS.indexOf(b.kind) || (a.category === NO_CATEGORY ? 1 : 0) - (b.category === NO_CATEGORY ? 1 : 0) || a.category.localeCompare(b.category, 'sv'))
      .map(([key, row]) => ({
        key,
        kind: row.kind,
        kindLabel: reportLabels.kind[row.kind],
        category: row.category,
        counts: count((report) => `${report.kind}|${nameKey(report.category ?? NO_CATEGORY)}` === key),
      })),
    openLexSarah: count((report) => report.kind === 'lex_sarah' && report.status !== 'avslutad'),
    medianDaysToInvestigate: reportsOf.map((reports) =>
      reports === null ? null : median(reports.flatMap((report) => (report.investigatedOn === null ? [] : [Math.max(0, daysBetween(report.receivedOn, report.investigatedOn))]))),
    ),
  };
}
