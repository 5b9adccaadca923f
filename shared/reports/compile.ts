import { periodOfIndex, periodsOfYear, type Period, type PeriodKind } from '../results/periods';
import type { AreaMonthCell, Compilation, Figure, KindHandling, MonthCell, OpenReports, PeriodCompilation } from './compilation';
import { REPORT_KINDS, type ReportKind } from './kinds';

export interface CompileInput {
  planId: string;
  year: number;
  periodKind: PeriodKind;
  today: string;
  /** Cells of this year and the year before, so every period has its comparisons. */
  cells: readonly MonthCell[];
  areaCells: readonly AreaMonthCell[];
  /** The unit's categories, for their names and order. */
  categories: readonly { id: string; name: string; position: number }[];
  open: readonly OpenReports[];
}

type Which = 'count' | 'previousPeriod' | 'previousYear';
const monthIndex = (year: number, month: number) => year * 12 + month - 1;
const monthOfDate = (date: string) => monthIndex(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
const share = (part: number, whole: number) => (whole === 0 ? null : (100 * part) / whole);
const byName = (a: string | null, b: string | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : a.localeCompare(b, 'sv'));

function bucketByMonth<T extends { year: number; month: number }>(cells: readonly T[]): Map<number, T[]> {
  const buckets = new Map<number, T[]>();
  for (const cell of cells) {
    const key = monthIndex(cell.year, cell.month);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(cell);
    else buckets.set(key, [cell]);
  }
  return buckets;
}

function cellsIn<T>(buckets: Map<number, T[]>, period: Period): T[] {
  const cells: T[] = [];
  for (let month = monthOfDate(period.start); month <= monthOfDate(period.end); month++) cells.push(...(buckets.get(month) ?? []));
  return cells;
}

/** Counts per key in the three periods; the first cell seen under a key gives its descriptive fields. */
class Tally<R> {
  private readonly rows = new Map<string, { row: R; figure: Figure }>();

  add(key: string, row: R, which: Which, count: number): void {
    let entry = this.rows.get(key);
    if (!entry) {
      entry = { row, figure: { count: 0, previousPeriod: 0, previousYear: 0 } };
      this.rows.set(key, entry);
    }
    entry.figure[which] += count;
  }

  list(order: (a: R, b: R) => number): (R & { figure: Figure })[] {
    return [...this.rows.values()].map(({ row, figure }) => ({ ...row, figure })).sort(order);
  }
}

const kindOrder = (a: { kind: ReportKind }, b: { kind: ReportKind }) => REPORT_KINDS.indexOf(a.kind) - REPORT_KINDS.indexOf(b.kind);

function handling(kind: ReportKind, own: MonthCell[], received: Figure): KindHandling {
  const sum = (field: keyof MonthCell) => own.reduce((total, cell) => total + (cell[field] as number), 0);
  const [investigated, investigatedWithin] = [sum('investigated'), sum('investigatedWithin')];
  const [feedbackExpected, feedbackGiven, feedbackWithin] = [sum('feedbackExpected'), sum('feedbackGiven'), sum('feedbackWithin')];
  return {
    kind,
    received,
    investigated,
    investigatedWithin,
    investigatedWithinShare: share(investigatedWithin, received.count),
    feedbackExpected,
    feedbackGiven,
    feedbackShare: share(feedbackGiven, feedbackExpected),
    feedbackWithin,
    feedbackWithinShare: share(feedbackWithin, feedbackExpected),
  };
}

function compilePeriod(input: CompileInput, periods: Record<Which, Period>, months: Map<number, MonthCell[]>, areaMonths: Map<number, AreaMonthCell[]>): PeriodCompilation {
  const categoryOf = new Map(input.categories.map((category) => [category.id, category]));
  const position = (id: string | null) => (id === null ? Number.MAX_SAFE_INTEGER : (categoryOf.get(id)?.position ?? Number.MAX_SAFE_INTEGER - 1));
  const kinds = new Tally<{ kind: ReportKind }>();
  const categories = new Tally<{ kind: ReportKind; categoryId: string | null; category: string | null }>();
  const processes = new Tally<{ kind: ReportKind; process: string | null }>();
  const areas = new Tally<{ kind: ReportKind; area: string }>();
  const cube = new Tally<{ kind: ReportKind; categoryId: string | null; process: string | null }>();
  const lexSarah = { reports: { count: 0, previousPeriod: 0, previousYear: 0 }, serious: 0, reportedToIvo: 0 };
  for (const kind of REPORT_KINDS) kinds.add(kind, { kind }, 'count', 0);

  for (const which of ['count', 'previousPeriod', 'previousYear'] as const) {
    for (const cell of cellsIn(months, periods[which])) {
      const { kind, categoryId, process, received } = cell;
      kinds.add(kind, { kind }, which, received);
      categories.add(`${kind}|${categoryId}`, { kind, categoryId, category: categoryId === null ? null : (categoryOf.get(categoryId)?.name ?? null) }, which, received);
      processes.add(`${kind}|${process}`, { kind, process }, which, received);
      cube.add(`${kind}|${categoryId}|${process}`, { kind, categoryId, process }, which, received);
      if (kind === 'lex_sarah') lexSarah.reports[which] += received;
    }
    for (const cell of cellsIn(areaMonths, periods[which])) areas.add(`${cell.kind}|${cell.area}`, { kind: cell.kind, area: cell.area }, which, cell.received);
  }

  const current = cellsIn(months, periods.count);
  for (const cell of current) {
    if (cell.kind !== 'lex_sarah') continue;
    lexSarah.serious += cell.serious;
    lexSarah.reportedToIvo += cell.reportedToIvo;
  }
  const byKind = kinds.list(kindOrder).map(({ kind, figure }) => handling(kind, current.filter((cell) => cell.kind === kind), figure));
  const total = byKind.reduce<Figure>(
    (sum, row) => ({
      count: sum.count + row.received.count,
      previousPeriod: sum.previousPeriod + row.received.previousPeriod,
      previousYear: sum.previousYear + row.received.previousYear,
    }),
    { count: 0, previousPeriod: 0, previousYear: 0 },
  );
  return {
    period: periods.count,
    previousPeriod: periods.previousPeriod,
    previousYear: periods.previousYear,
    total,
    byKind,
    byCategory: categories.list((a, b) => kindOrder(a, b) || position(a.categoryId) - position(b.categoryId)),
    byProcess: processes.list((a, b) => kindOrder(a, b) || byName(a.process, b.process)),
    byQualityArea: areas.list((a, b) => kindOrder(a, b) || byName(a.area, b.area)),
    cells: cube.list((a, b) => kindOrder(a, b) || position(a.categoryId) - position(b.categoryId) || byName(a.process, b.process)),
    lexSarah,
  };
}

/**
 * The sammanställning of a year: every period of the kind with its counts per kind,
 * category, process and kvalitetsområde, each beside the period before (for the first
 * period, the last of the year before) and the same period a year earlier.
 */
export function compileReports(input: CompileInput): Compilation {
  const months = bucketByMonth(input.cells);
  const areaMonths = bucketByMonth(input.areaCells);
  const ofYear = periodsOfYear(input.year, input.periodKind);
  const periods = ofYear.map((period, index) => {
    const previousPeriod = index > 0 ? ofYear[index - 1]! : periodOfIndex(input.year - 1, input.periodKind, ofYear.length);
    const previousYear = periodOfIndex(input.year - 1, input.periodKind, index + 1);
    return compilePeriod(input, { count: period, previousPeriod, previousYear }, months, areaMonths);
  });
  const open = REPORT_KINDS.map((kind) => input.open.find((row) => row.kind === kind) ?? { kind, open: 0, overdue: 0 });
  return { planId: input.planId, year: input.year, periodKind: input.periodKind, today: input.today, periods, open };
}
