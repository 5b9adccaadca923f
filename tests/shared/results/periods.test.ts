import { describe, expect, it } from 'vitest';
import { isPeriodStart, periodOf, periodsOfYear, type PeriodKind } from '../../../shared/results/periods';

const key = (date: string, kind: PeriodKind) => periodOf(date, kind).key;

describe('periods', () => {
  it('cuts tertials between 30 April and 1 May, and between 31 August and 1 September', () => {
    expect(periodOf('2026-04-30', 'tertial')).toEqual({ kind: 'tertial', start: '2026-01-01', end: '2026-04-30', key: '2026-T1', label: 'Tertial 1 2026' });
    expect(periodOf('2026-05-01', 'tertial')).toEqual({ kind: 'tertial', start: '2026-05-01', end: '2026-08-31', key: '2026-T2', label: 'Tertial 2 2026' });
    expect(key('2026-08-31', 'tertial')).toBe('2026-T2');
    expect(key('2026-09-01', 'tertial')).toBe('2026-T3');
  });

  it('cuts months between 31 January and 1 February', () => {
    expect(periodOf('2026-01-31', 'month')).toEqual({ kind: 'month', start: '2026-01-01', end: '2026-01-31', key: '2026-01', label: 'Januari 2026' });
    expect(periodOf('2026-02-01', 'month')).toMatchObject({ start: '2026-02-01', end: '2026-02-28', label: 'Februari 2026' });
    expect(periodOf('2028-02-29', 'month').end).toBe('2028-02-29');
    expect(periodOf('2026-03-15', 'month').label).toBe('Mars 2026');
  });

  it('puts 31 December and 1 January in different years for every kind', () => {
    for (const kind of ['month', 'quarter', 'tertial', 'half', 'year'] as const) {
      const december = periodOf('2025-12-31', kind);
      const january = periodOf('2026-01-01', kind);
      expect(december.end).toBe('2025-12-31');
      expect(january.start).toBe('2026-01-01');
      expect(december.key).not.toBe(january.key);
    }
    expect(periodOf('2025-12-31', 'year')).toEqual({ kind: 'year', start: '2025-01-01', end: '2025-12-31', key: '2025', label: '2025' });
  });

  it('labels quarters and halves in Swedish', () => {
    expect(periodOf('2026-07-01', 'quarter')).toMatchObject({ label: 'Kvartal 3 2026', start: '2026-07-01', end: '2026-09-30', key: '2026-K3' });
    expect(periodOf('2026-06-30', 'half')).toMatchObject({ label: 'Halvår 1 2026', end: '2026-06-30' });
    expect(periodOf('2026-07-01', 'half')).toMatchObject({ label: 'Halvår 2 2026', start: '2026-07-01', end: '2026-12-31' });
  });

  it('lists the periods of a year without gaps or overlaps', () => {
    for (const [kind, count] of [['month', 12], ['quarter', 4], ['tertial', 3], ['half', 2], ['year', 1]] as const) {
      const periods = periodsOfYear(2026, kind);
      expect(periods).toHaveLength(count);
      expect(periods[0]!.start).toBe('2026-01-01');
      expect(periods.at(-1)!.end).toBe('2026-12-31');
      for (let i = 1; i < periods.length; i++) {
        const dayAfter = new Date(Date.parse(periods[i - 1]!.end) + 86_400_000).toISOString().slice(0, 10);
        expect(periods[i]!.start).toBe(dayAfter);
      }
    }
  });

  it('knows the first day of a period', () => {
    expect(isPeriodStart('2026-05-01', 'tertial')).toBe(true);
    expect(isPeriodStart('2026-04-01', 'tertial')).toBe(false);
    expect(isPeriodStart('2026-04-01', 'quarter')).toBe(true);
    expect(isPeriodStart('2026-01-01', 'year')).toBe(true);
    expect(isPeriodStart('2026-1-1', 'year')).toBe(false);
  });
});
