import { describe, expect, it } from 'vitest';
import { compileReports } from '../../../shared/reports/compile';
import type { AreaMonthCell, MonthCell } from '../../../shared/reports/compilation';
import { DEFAULT_CATEGORIES, hasSender, REPORT_KINDS } from '../../../shared/reports/kinds';
import { daysBetween } from '../../../shared/reports/elapsed';
import { settingsOf, settingsWithDefaults } from '../../../shared/reports/settings';
import { EXPECTED_TERTIALS, PREVIOUS_YEAR, THIS_YEAR, type FixtureReport } from '../../support/reports-fixture';

const categories = REPORT_KINDS.flatMap((kind) => DEFAULT_CATEGORIES[kind].map((name, position) => ({ id: `${kind}:${name}`, kind, name, position })));
const settings = settingsWithDefaults([]);

/** What the database's grouped query answers, built from the fixture one report per cell. */
function cellsOf(reports: FixtureReport[]): { cells: MonthCell[]; areaCells: AreaMonthCell[] } {
  const cells = reports.map((report): MonthCell => {
    const { limitDays, feedbackDays } = settingsOf(settings, report.kind);
    const expected = hasSender(report.kind) && !report.anonymous;
    const within = (date: string | null | undefined, days: number) => (date ? daysBetween(report.receivedOn, date) <= days : false);
    return {
      year: Number(report.receivedOn.slice(0, 4)),
      month: Number(report.receivedOn.slice(5, 7)),
      kind: report.kind,
      categoryId: `${report.kind}:${report.category}`,
      process: report.process,
      received: 1,
      investigated: report.investigatedOn ? 1 : 0,
      investigatedWithin: within(report.investigatedOn, limitDays) ? 1 : 0,
      feedbackExpected: expected ? 1 : 0,
      feedbackGiven: expected && report.feedbackOn ? 1 : 0,
      feedbackWithin: expected && within(report.feedbackOn, feedbackDays ?? limitDays) ? 1 : 0,
      serious: report.serious ? 1 : 0,
      reportedToIvo: report.ivoReportedOn ? 1 : 0,
    };
  });
  const areaCells = reports.flatMap((report) =>
    report.areas.map((area) => ({ year: Number(report.receivedOn.slice(0, 4)), month: Number(report.receivedOn.slice(5, 7)), kind: report.kind, area, received: 1 })),
  );
  return { cells, areaCells };
}

function compile(periodKind: 'tertial' | 'year' | 'month') {
  const { cells, areaCells } = cellsOf([...PREVIOUS_YEAR, ...THIS_YEAR]);
  return compileReports({ planId: 'plan', year: 2026, periodKind, today: '2026-12-31', cells, areaCells, categories, open: [] });
}

describe('the sammanställning per tertial, against figures counted by hand', () => {
  const compilation = compile('tertial');

  it('has the three tertials, each beside the one before and the same tertial of 2025', () => {
    expect(compilation.periods.map((p) => [p.period.key, p.previousPeriod.key, p.previousYear.key])).toEqual([
      ['2026-T1', '2025-T3', '2025-T1'],
      ['2026-T2', '2026-T1', '2025-T2'],
      ['2026-T3', '2026-T2', '2025-T3'],
    ]);
  });

  for (const [index, expected] of EXPECTED_TERTIALS.entries()) {
    describe(expected.key, () => {
      const period = compilation.periods[index]!;

      it('counts per kind and in all', () => {
        expect(period.total).toEqual(expected.total);
        expect(Object.fromEntries(period.byKind.map((row) => [row.kind, row.received]))).toEqual(expected.received);
      });

      it('shares investigated within the limit and with återkoppling', () => {
        for (const row of period.byKind) {
          const share = expected.investigatedWithinShare[row.kind];
          if (share === null) expect(row.investigatedWithinShare).toBeNull();
          else expect(row.investigatedWithinShare).toBeCloseTo(share, 9);
        }
        for (const kind of ['klagomal', 'synpunkt'] as const) {
          const row = period.byKind.find((candidate) => candidate.kind === kind)!;
          expect([row.feedbackExpected, row.feedbackGiven]).toEqual([expected.feedback[kind].expected, expected.feedback[kind].given]);
          expect(row.feedbackShare).toBeCloseTo(expected.feedback[kind].share, 9);
          expect(row.feedbackWithinShare).toBeCloseTo(expected.feedback[kind].withinShare, 9);
        }
      });

      it('counts lex Sarah reports, the allvarliga and the anmälningar to IVO', () => {
        expect(period.lexSarah).toEqual(expected.lexSarah);
      });
    });
  }

  it('breaks tertial 1 down per category, process and kvalitetsområde, in the unit’s order', () => {
    const [first] = EXPECTED_TERTIALS;
    const period = compilation.periods[0]!;
    expect(period.byCategory.map((row) => [row.kind, row.category, row.figure])).toEqual(first.byCategory);
    expect(period.byProcess.map((row) => [row.kind, row.process, row.figure])).toEqual(first.byProcess);
    expect(period.byQualityArea.map((row) => [row.kind, row.area, row.figure])).toEqual(first.byQualityArea);
  });

  it('has a cell for every kind, category and process that holds a report, adding up to the total', () => {
    for (const period of compilation.periods) {
      const sum = period.cells.reduce((total, cell) => total + cell.figure.count, 0);
      expect(sum).toBe(period.total.count);
    }
    const documentation = compilation.periods[0]!.cells.filter((cell) => cell.categoryId === 'avvikelse:Dokumentation');
    expect(documentation.map((cell) => [cell.process, cell.figure])).toEqual([
      ['Förhandsbedömning', { count: 2, previousPeriod: 0, previousYear: 2 }],
      ['Utredning', { count: 1, previousPeriod: 0, previousYear: 0 }],
    ]);
  });
});

describe('other period kinds', () => {
  it('compiles the whole year against the whole year before', () => {
    const [year] = compile('year').periods;
    expect(year!.period.key).toBe('2026');
    expect(year!.total).toEqual({ count: 40, previousPeriod: 6, previousYear: 6 });
  });

  it('compares January with December of the year before', () => {
    const months = compile('month').periods;
    expect(months).toHaveLength(12);
    expect(months[0]!.total).toEqual({ count: 4, previousPeriod: 1, previousYear: 0 });
    expect(months[11]!.total).toEqual({ count: 2, previousPeriod: 2, previousYear: 1 });
  });

  it('lists every kind as open or not, with zeros where the register has none', () => {
    const compilation = compileReports({
      planId: 'plan', year: 2026, periodKind: 'half', today: '2026-06-30', cells: [], areaCells: [], categories: [],
      open: [{ kind: 'lex_sarah', open: 2, overdue: 1 }],
    });
    expect(compilation.periods.map((p) => p.total.count)).toEqual([0, 0]);
    expect(compilation.open).toEqual(REPORT_KINDS.map((kind) => ({ kind, open: kind === 'lex_sarah' ? 2 : 0, overdue: kind === 'lex_sarah' ? 1 : 0 })));
  });
});
