import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Repositories } from '../../../db/repositories';
import { isAppError } from '../../../shared/errors';
import { fillFixtureRegister } from '../../support/reports-register';
import { testRepos, type TestRepos } from '../../support/repos';

let opened: TestRepos;
let repos: Repositories;
let planId: string;
let investigated: string;
let lexSarah: string;

const control = (riskId: string, definition: string, measureKind: 'share' | 'count', targetValue: number, targetDirection: 'at_least' | 'at_most', tolerance: number) =>
  repos.controls.create(
    riskId,
    { definition, method: 'count', methodDescription: '', responsible: 'Enhetschef', occasion: '', frequency: 'tertial', measureKind, targetValue, targetUnit: measureKind === 'share' ? '%' : 'st', targetDirection, tolerance },
    'EC',
  );

beforeAll(() => {
  opened = testRepos();
  repos = opened.repos;
  const { plan } = fillFixtureRegister(repos);
  planId = plan.id;
  const risk = repos.risks.create(plan.processes[0]!.id, { text: 'Avvikelser och missförhållanden utreds inte i tid', owner: '', qualityAreaIds: [] }, 'EC');
  investigated = control(risk, 'Andel avvikelser utredda inom 30 dagar', 'share', 55, 'at_least', 10);
  lexSarah = control(risk, 'Antal lex Sarah-rapporter', 'count', 1, 'at_most', 0);
  repos.reports.measures.set(investigated, { kind: 'avvikelse', metric: 'investigated_within', days: 30 });
  repos.reports.measures.set(lexSarah, { kind: 'lex_sarah', metric: 'received', days: null });
});
afterAll(() => opened.close());

const figures = (controlId: string, kind: 'tertial' | 'year') =>
  repos.results.forPlan(planId, kind).controls.find((row) => row.controlId === controlId)!.periods.map((period) => [period.value === null ? null : Number(period.value.toFixed(2)), period.status, period.source]);

describe('controls measured from the register of reports', () => {
  it('get their figures per tertial and year from the reports, against their target, counted by hand', () => {
    // Avvikelser investigated within 30 days: tertial 1 reports 1, 3, 5 of 1–6; tertial 2 reports 17, 18, 21, 22 of 17–23; tertial 3 reports 31, 34 of 31–34.
    expect(figures(investigated, 'tertial')).toEqual([
      [50, 'yellow', 'register'],
      [57.14, 'green', 'register'],
      [50, 'yellow', 'register'],
    ]);
    expect(figures(investigated, 'year')).toEqual([[52.94, 'yellow', 'register']]);
    // The trend over years holds this year's register figure: 9 of 17 avvikelser.
    const years = repos.results.forPlan(planId, 'tertial').controls.find((row) => row.controlId === investigated)!.years;
    expect(years.map((entry) => [entry.year, Number(entry.value?.toFixed(2)), entry.source])).toEqual([[2026, 52.94, 'register']]);
    // Lex Sarah reports 14, 15 | 29, 30 | 38 against högst 1.
    expect(figures(lexSarah, 'tertial')).toEqual([
      [2, 'red', 'register'],
      [2, 'red', 'register'],
      [1, 'green', 'register'],
    ]);
  });

  it('show in Översikt with their latest figure, and a manual value still overrides a period', () => {
    const overview = JSON.stringify(repos.results.overview(planId, '2026-12-31'));
    expect(overview).toContain('Antal lex Sarah-rapporter');
    const manual = repos.results.manual.create({ controlId: lexSarah, periodKind: 'tertial', periodStart: '2026-09-01', value: 0, analysis: 'Räknat om efter rättelse.' }, 'EC');
    expect(figures(lexSarah, 'tertial')[2]).toEqual([0, 'green', 'manual']);
    repos.results.manual.remove(manual.id, 'EC');
  });

  it('are controls like any other again when the measure is taken away, and refuse a measure that cannot be counted', () => {
    expect(repos.reports.measures.get(lexSarah)).toEqual({ kind: 'lex_sarah', metric: 'received', days: null });
    let refused: unknown;
    try {
      repos.reports.measures.set(lexSarah, { kind: 'avvikelse', metric: 'feedback_within', days: 14 });
    } catch (error) {
      refused = error;
    }
    expect(isAppError(refused) && refused.message).toBe('Återkoppling ges bara på klagomål och synpunkter.');
    repos.reports.measures.set(lexSarah, null);
    expect(figures(lexSarah, 'tertial').map(([, , source]) => source)).toEqual([null, null, null]);
  });
});
