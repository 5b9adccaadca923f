import type { Compilation } from '../../../../shared/reports/compilation';
import { reportLabels, type ReportKind } from '../../../../shared/reports/kinds';

/** One line of the year's compilation per kind and category: each period's count, the year's and the year before's. */
export interface CategoryLine {
  kind: ReportKind;
  kindLabel: string;
  category: string;
  periods: number[];
  year: number;
  previousYear: number;
}

const keyOf = (row: { kind: string; categoryId: string | null }) => `${row.kind}|${row.categoryId}`;

/**
 * The kind × category table the PDF and the workbook print, from the compilation per period
 * and the one for the whole year. Categories with no report in this year or the one before are left out.
 */
export function categoryLines(byPeriod: Compilation, wholeYear: Compilation): CategoryLine[] {
  const year = wholeYear.periods[0];
  if (!year) return [];
  const counts = byPeriod.periods.map((period) => new Map(period.byCategory.map((row) => [keyOf(row), row.figure.count])));
  return year.byCategory
    .filter((row) => row.figure.count > 0 || row.figure.previousYear > 0)
    .map((row) => ({
      kind: row.kind,
      kindLabel: reportLabels.kind[row.kind],
      category: row.category ?? 'Ingen kategori',
      periods: counts.map((count) => count.get(keyOf(row)) ?? 0),
      year: row.figure.count,
      previousYear: row.figure.previousYear,
    }));
}
