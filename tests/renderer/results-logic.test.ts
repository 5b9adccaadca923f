import { describe, expect, it } from 'vitest';
import { periodOf, periodsOfYear } from '../../shared/results/periods';
import { statusOf } from '../../shared/results/status';
import { i18n } from '../../renderer/src/i18n';
import { answerRole, countRoles } from '../../renderer/src/results/answer-role';
import { formatFigure, formatSetValue } from '../../renderer/src/format';
import { unitOf } from '../../renderer/src/results/unit-of';
import { freePeriods, suggestedStart } from '../../renderer/src/results/manual-periods';
import { periodIndex, periodLabel, periodMonths, periodShortLabel } from '../../renderer/src/results/period-labels';
import { groupByProcess } from '../../renderer/src/components/process-rows';
import { statusBands } from '../../renderer/src/results/status-bands';
import { bandTexts, targetText, toleranceText } from '../../renderer/src/results/target-text';
import { localToday } from '../../renderer/src/results/today';

/** Spaces as a reader sees them: the no-break space between a figure and its unit counts as a space. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

const sv = i18n.getFixedT('sv');
const en = i18n.getFixedT('en');

describe('figures in Swedish form', () => {
  it('write shares with one decimal and a decimal comma, other figures with at most one', () => {
    // A no-break space between figure and unit, so "87,5 %" never splits over two lines.
    expect(formatFigure(87.5, '%', 'sv')).toBe('87,5\u00a0%');
    expect(plain(formatFigure(75, '%', 'sv'))).toBe('75,0 %');
    expect(plain(formatFigure(87.5, '%', 'sv'))).toBe('87,5 %');
    expect(plain(formatFigure(200 / 3, '%', 'sv'))).toBe('66,7 %');
    expect(plain(formatFigure(6.5, 'dagar', 'sv'))).toBe('6,5 dagar');
    expect(plain(formatFigure(16, 'dagar', 'sv'))).toBe('16 dagar');
    expect(plain(formatFigure(2, '', 'sv'))).toBe('2');
    expect(plain(formatFigure(75, '%', 'en'))).toBe('75.0%');
  });

  it('write targets as they were set', () => {
    expect(plain(formatSetValue(90, '%', 'sv'))).toBe('90 %');
    expect(plain(formatSetValue(87.5, '%', 'sv'))).toBe('87,5 %');
    expect(plain(formatSetValue(14, 'dagar', 'sv'))).toBe('14 dagar');
  });

  it('give a share its per cent sign when the target has no unit, as the CLI does', () => {
    expect(unitOf({ targetUnit: '', aggregation: 'share_yes' })).toBe('%');
    expect(unitOf({ targetUnit: '', aggregation: 'share_within' })).toBe('%');
    expect(unitOf({ targetUnit: '', aggregation: 'median' })).toBe('');
    expect(unitOf({ targetUnit: ' dagar ', aggregation: 'median' })).toBe('dagar');
    expect(unitOf({ targetUnit: 'st', aggregation: null })).toBe('st');
  });
});

describe('period labels', () => {
  it('name every kind of period in Swedish and English', () => {
    expect(periodLabel(sv, periodOf('2026-03-15', 'month'))).toBe('Mars 2026');
    expect(periodLabel(sv, periodOf('2026-03-15', 'month'), true)).toBe('mars 2026');
    expect(periodLabel(sv, periodOf('2026-05-01', 'tertial'))).toBe('Tertial 2 2026');
    expect(periodLabel(sv, periodOf('2026-05-01', 'tertial'), true)).toBe('tertial 2 2026');
    expect(periodLabel(sv, periodOf('2026-12-31', 'quarter'))).toBe('Kvartal 4 2026');
    expect(periodLabel(sv, periodOf('2026-07-01', 'half'))).toBe('Halvår 2 2026');
    expect(periodLabel(sv, periodOf('2026-07-01', 'year'))).toBe('2026');
    expect(periodLabel(en, periodOf('2026-03-15', 'month'), true)).toBe('March 2026');
    expect(periodLabel(en, periodOf('2026-12-31', 'quarter'))).toBe('Quarter 4 2026');
  });

  it('agree with the server’s Swedish labels for every period of the year', () => {
    for (const kind of ['month', 'quarter', 'tertial', 'half', 'year'] as const) {
      for (const period of periodsOfYear(2026, kind)) expect(periodLabel(sv, period)).toBe(period.label);
    }
  });

  it('give short axis labels and the months a period covers', () => {
    expect(periodsOfYear(2026, 'month').map((period) => periodShortLabel(sv, period))).toEqual([
      'jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec',
    ]);
    expect(periodsOfYear(2026, 'tertial').map((period) => periodShortLabel(sv, period))).toEqual(['T1', 'T2', 'T3']);
    expect(periodsOfYear(2026, 'quarter').map((period) => periodShortLabel(en, period))).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(periodsOfYear(2026, 'tertial').map((period) => periodMonths(sv, period))).toEqual(['jan–apr', 'maj–aug', 'sep–dec']);
    expect(periodIndex(periodOf('2026-09-01', 'tertial'))).toBe(3);
  });
});

describe('what each colour means', () => {
  const share = { targetValue: 90, targetUnit: '%', targetDirection: 'at_least', tolerance: 10, aggregation: 'share_yes' } as const;
  const days = { targetValue: 14, targetUnit: 'dagar', targetDirection: 'at_most', tolerance: 7, aggregation: 'median' } as const;

  it('follows the server’s statusOf at and around every limit', () => {
    for (const target of [share, days, { ...share, tolerance: 0 }]) {
      const bands = statusBands(target);
      for (let value = 0; value <= 110; value += 0.5) {
        const status = statusOf(value, target);
        const band = bands.find((candidate) => {
          switch (candidate.relation) {
            case 'atLeast':
              return value >= candidate.value;
            case 'atMost':
              return value <= candidate.value;
            case 'fromBelow':
              return value >= candidate.from && value < candidate.to;
            case 'aboveUpTo':
              return value > candidate.from && value <= candidate.to;
            case 'below':
              return value < candidate.value;
            case 'above':
              return value > candidate.value;
          }
        });
        expect(band?.status, `${value} against ${JSON.stringify(target)}`).toBe(status);
      }
    }
  });

  it('are said in words with the target and the tolerance', () => {
    expect(plain(targetText(sv, share, 'sv'))).toBe('minst 90 %');
    expect(plain(targetText(sv, days, 'sv'))).toBe('högst 14 dagar');
    expect(targetText(sv, { ...share, targetValue: null }, 'sv')).toBe('Inget mål');
    expect(toleranceText(sv, share, 'sv')).toBe('10 procentenheter');
    expect(plain(toleranceText(sv, days, 'sv'))).toBe('7 dagar');
    expect(bandTexts(sv, share, 'sv').map((band) => plain(`${band.status}: ${band.text}`))).toEqual([
      'green: minst 90 %',
      'yellow: från 80 till under 90 %',
      'red: under 80 %',
    ]);
    expect(bandTexts(sv, days, 'sv').map((band) => plain(band.text))).toEqual(['högst 14 dagar', 'över 14 till och med 21 dagar', 'över 21 dagar']);
    expect(bandTexts(sv, { ...share, tolerance: 0 }, 'sv').map((band) => band.status)).toEqual(['green', 'red']);
    expect(statusBands({ targetValue: null, targetDirection: 'at_least', tolerance: 5 })).toEqual([]);
  });
});

describe('answers in a drill-down', () => {
  it('leave "ej aktuellt" out of a share and count the rest as a person would', () => {
    // January of the brief: 3 yes, 1 no, 2 not applicable -> 3 / 4 = 75 %.
    const values = ['yes', 'yes', 'na', 'no', 'yes', 'na'];
    const counts = countRoles(values.map((value) => answerRole(value, 'share_yes', null)));
    expect(counts).toMatchObject({ yes: 3, no: 1, excluded: 2 });
    expect(plain(formatFigure((counts.yes / (counts.yes + counts.no)) * 100, '%', 'sv'))).toBe('75,0 %');
  });

  it('judge numbers against the limit of a share within it', () => {
    expect([14, 15, 3].map((value) => answerRole(value, 'share_within', 14))).toEqual(['within', 'over', 'within']);
    expect(answerRole(12, 'median', null)).toBe('counted');
    expect(answerRole('na', 'median', null)).toBe('ignored');
  });
});

describe('the results table', () => {
  it('puts a heading before each process and keeps the plan’s order', () => {
    const rows = [
      { id: 'a', process: 'Förhandsbedömning' },
      { id: 'b', process: 'Förhandsbedömning' },
      { id: 'c', process: 'Utredning' },
    ];
    const lines = groupByProcess(rows, (row) => row.process, (row) => row.id);
    expect(lines.map((line) => (line.kind === 'process' ? `# ${line.name} (${line.count})` : line.key))).toEqual([
      '# Förhandsbedömning (2)',
      'a',
      'b',
      '# Utredning (1)',
      'c',
    ]);
    expect(new Set(lines.map((line) => line.key)).size).toBe(lines.length);
  });
});

describe('manual results', () => {
  it('offer only the first days of the periods that have no manual result of the kind yet', () => {
    const taken = [
      { periodKind: 'tertial' as const, periodStart: '2026-01-01' },
      { periodKind: 'month' as const, periodStart: '2026-05-01' },
    ];
    expect(freePeriods(2026, 'tertial', taken).map((period) => period.start)).toEqual(['2026-05-01', '2026-09-01']);
    expect(freePeriods(2026, 'month', taken)).toHaveLength(11);
    expect(freePeriods(2026, 'year', []).map((period) => period.start)).toEqual(['2026-01-01']);
  });

  it('suggest the period of today when it is free, else the first free one', () => {
    const tertials = freePeriods(2026, 'tertial', []);
    expect(suggestedStart(tertials, 'tertial', '2026-06-10')).toBe('2026-05-01');
    expect(suggestedStart(tertials, 'tertial', '2027-02-01')).toBe('2026-01-01');
    expect(suggestedStart([], 'tertial', '2026-06-10')).toBeNull();
  });

  it('take today as the user’s own calendar day', () => {
    expect(localToday(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(localToday(new Date(2027, 0, 1, 0, 1))).toBe('2027-01-01');
  });
});
