import { beforeEach, describe, expect, it } from 'vitest';
import type { ControlResults } from '../../../shared/results/control-results';
import { TemplateContent } from '../../../shared/checklists/template';
import { testRepos, type TestRepos } from '../../support/repos';
import { ACTOR, runWith } from '../../support/checklist-fixture';
import { resultsFixture } from '../../support/results-fixture';

let t: TestRepos;
let f: ReturnType<typeof resultsFixture>;
beforeEach(() => {
  t = testRepos();
  f = resultsFixture(t.repos);
  return () => t.close();
});

/** Period key -> [value rounded to 2 decimals, status], for the periods that have a value. */
function figures(control: ControlResults): Record<string, [number, string]> {
  return Object.fromEntries(
    control.periods.filter((p) => p.value !== null).map((p) => [p.period.key, [Math.round(p.value! * 100) / 100, p.status]]),
  );
}

const of = (kind: Parameters<TestRepos['repos']['results']['forPlan']>[1], controlId: string) =>
  t.repos.results.forPlan(f.planId, kind).controls.find((c) => c.controlId === controlId)!;

describe('control results computed from the answers', () => {
  it('give the share of yes per month and tertial, with not applicable left out and borders cut right', () => {
    expect(figures(of('month', f.violence))).toEqual({
      '2026-01': [0, 'red'],
      '2026-02': [100, 'green'],
      '2026-04': [50, 'red'],
      '2026-05': [100, 'green'],
      '2026-12': [100, 'green'],
    });
    const tertials = of('tertial', f.violence);
    expect(figures(tertials)).toEqual({ '2026-T1': [50, 'red'], '2026-T2': [100, 'green'], '2026-T3': [100, 'green'] });
    expect(tertials.periods[0]!.computed).toEqual({ aggregation: 'share_yes', value: 50, numerator: 2, denominator: 4, n: 5 });
    // The year: 5 yes, 2 no, 1 not applicable -> 5 / 7; 28.6 short of 100 is within the tolerance 30.
    expect(figures(of('year', f.violence))).toEqual({ '2026': [71.43, 'yellow'] });
  });

  it('give the median of days per quarter against an at-most target', () => {
    // Q1: 5, 8 -> 6.5. Q2: 10, 12, 20, 30 -> 16 (2 over 14, within the tolerance 7). Q4: 40. Year: 12.
    const days = of(null, f.days);
    expect(days.periodKind).toBe('quarter');
    expect(figures(days)).toEqual({ '2026-K1': [6.5, 'green'], '2026-K2': [16, 'yellow'], '2026-K4': [40, 'red'] });
    expect(figures(of('year', f.days))).toEqual({ '2026': [12, 'green'] });
  });

  it('let a manual result override the computed figure of its period, and keep both', () => {
    const within = of('month', f.within);
    expect(figures(within)).toEqual({
      '2026-01': [100, 'green'],
      '2026-02': [0, 'red'],
      '2026-03': [95, 'green'],
      '2026-04': [80, 'yellow'],
      '2026-05': [50, 'red'],
      '2026-12': [100, 'green'],
    });
    const april = within.periods[3]!;
    expect(april).toMatchObject({ source: 'manual', manual: { value: 80, analysis: 'Rapporten räknar alla ärenden.' } });
    expect(april.computed!.value).toBeCloseTo(200 / 3, 10);
    expect(within.periods[0]!.source).toBe('checklist');
    // Tertial 1 has no manual result: 14, 30, 14, 15, 3 -> 3 of 5 within 14 days.
    expect(figures(of('tertial', f.within))['2026-T1']).toEqual([60, 'red']);
    expect(figures(of('year', f.within))).toEqual({ '2026': [62.5, 'red'] });
    expect(figures(of(null, f.lexSarah))).toEqual({ '2026': [2, 'none'] });
    expect(within.latest!.period.key).toBe('2026-12');
  });

  it('follow a control across the unit’s years by its definition', () => {
    const violence = of(null, f.violence);
    expect(violence.years.map((y) => [y.year, Math.round(y.value! * 100) / 100, y.status])).toEqual([
      [2025, 66.67, 'red'],
      [2026, 71.43, 'yellow'],
    ]);
    expect(of(null, f.days).years.map((y) => [y.year, y.value])).toEqual([
      [2025, null],
      [2026, 12],
    ]);
  });

  it('pool the answers of every version that feeds the control', () => {
    const violenceItem = t.repos.checklists.templates.get(f.templateId).items[0]!;
    const next = TemplateContent.shape.items.parse([{ ...violenceItem, text: 'Har frågan om våld ställts till barnet och vårdnadshavarna?' }]);
    expect(t.repos.checklists.templates.setItems(f.templateId, next, ACTOR).newVersion).toBe(true);
    runWith(t.repos, f.templateId, '2026-06-15', [['no']]);
    // Tertial 2: yes, yes from version 1 and no from version 2 -> 2 of 3.
    expect(figures(of('tertial', f.violence))['2026-T2']).toEqual([66.67, 'red']);
    expect(of('tertial', f.violence).feedingItems.map((item) => item.version)).toEqual([2, 1]);
  });
});

describe('drill-down and overview', () => {
  it('show the runs, cases and answers behind a figure', () => {
    const down = t.repos.results.drillDown(f.violence, 'tertial', '2026-01-01');
    expect(down).toMatchObject({ value: 50, status: 'red', source: 'checklist', period: { label: 'Tertial 1 2026' } });
    expect(down.runs.map((run) => [run.date, run.cases.map((c) => c.answers.map((a) => a.value)[0])])).toEqual([
      ['2026-01-31', ['no']],
      ['2026-02-01', ['yes']],
      ['2026-04-30', ['yes', 'no', 'na']],
    ]);
    expect(down.items).toHaveLength(1);
    expect(t.repos.results.drillDown(f.within, 'month', '2026-03-01')).toMatchObject({ value: 95, source: 'manual', runs: [] });
  });

  it('gives the plan at a glance: colours, overdue actions and this period’s runs', () => {
    const risk = t.repos.planDetail(f.planId).processes[0]!.risks[0]!.id;
    t.repos.actions.create(risk, { text: 'Försenad åtgärd', owner: 'EC', dueDate: '2026-03-31', status: 'in_progress', followUp: '' }, ACTOR);
    t.repos.actions.create(risk, { text: 'Klar åtgärd', owner: 'EC', dueDate: '2026-01-31', status: 'done', followUp: '' }, ACTOR);
    const overview = t.repos.results.overview(f.planId, '2026-04-15');
    expect(overview.period.label).toBe('April 2026');
    // våld: April 50 red; days: Q2 16 yellow; within: April manual 80 yellow; lex Sarah: no target.
    expect(overview.statusCounts).toEqual({ green: 0, yellow: 2, red: 1, none: 1 });
    expect(overview.overdueActions.map((a) => [a.text, a.daysOverdue])).toEqual([['Försenad åtgärd', 15]]);
    expect(overview.runsThisPeriod).toMatchObject({ count: 1, cases: 3 });
    expect(t.repos.results.overview(f.oldPlanId, '2026-04-15').period.label).toBe('December 2025');
  });
});

describe('manual results', () => {
  it('are one per control and period, inside the plan’s year, and kept in the history', () => {
    expect(() =>
      t.repos.results.manual.create({ controlId: f.within, periodKind: 'month', periodStart: '2026-03-01', value: 1, analysis: '' }, ACTOR),
    ).toThrow('Egenkontrollen har redan ett resultat för Mars 2026. Ändra det i stället.');
    expect(() =>
      t.repos.results.manual.create({ controlId: f.within, periodKind: 'year', periodStart: '2025-01-01', value: 1, analysis: '' }, ACTOR),
    ).toThrow('2025 ligger utanför planens år 2026.');
    const [march] = t.repos.results.manual.list(f.within);
    expect(t.repos.results.manual.update(march!.id, { value: 97 }, ACTOR)).toMatchObject({ value: 97, analysis: 'Ur verksamhetssystemet.' });
    expect(() => t.repos.results.manual.update(march!.id, { value: null, analysis: '' }, ACTOR)).toThrow(/Ange ett resultat, en analys/);
    t.repos.results.manual.remove(march!.id, ACTOR);
    expect(t.repos.results.manual.list(f.within).map((m) => m.periodStart)).toEqual(['2026-04-01']);
    expect(t.repos.planHistory(f.planId).filter((entry) => entry.entity === 'result').map((entry) => entry.field)).toEqual(
      expect.arrayContaining(['Mars 2026', 'April 2026', '2026']),
    );
  });
});
