import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PeriodResult, PlanResults } from '../../shared/results/control-results';
import type { Api } from '../../shared/ipc/contract';
import { periodsOfYear } from '../../shared/results/periods';
import { statusOf } from '../../shared/results/status';
import { controlUnits, planFacts } from '../../renderer/src/overview/plan-facts';
import { useResultsData } from '../../renderer/src/results/data-store';
import { trendSummary } from '../../renderer/src/results/trend-summary';
import { useResultsView } from '../../renderer/src/results/view-store';
import { useCurrentPlan } from '../../renderer/src/plans/current-plan';
import { ACTOR, checklistPlan } from '../support/checklist-fixture';
import { testRepos } from '../support/repos';

const PLAN = '6f1c2a1e-0000-4000-8000-000000000001';

function results(year: number): PlanResults {
  return { planId: PLAN, unitId: PLAN, unitName: 'Barn och unga', year, periodKind: null, controls: [] };
}

afterEach(() => vi.unstubAllGlobals());

describe('the results store', () => {
  beforeEach(() => useResultsData.setState({ planId: null, choice: null, results: null, status: 'idle', error: null, revision: 0 }));

  it('keeps the answer to the question asked last, even when an earlier answer arrives later', async () => {
    const answers: Record<string, (value: PlanResults) => void> = {};
    const forPlan = vi.fn(
      ({ periodKind }: { periodKind?: string }) =>
        new Promise((resolve) => {
          answers[periodKind ?? 'natural'] = (value) => resolve({ ok: true, value });
        }),
    );
    vi.stubGlobal('window', { api: { results: { forPlan } } as unknown as Api });

    const first = useResultsData.getState().load(PLAN, 'month');
    const second = useResultsData.getState().load(PLAN, 'year');
    answers.year!(results(2026));
    await second;
    answers.month!(results(1999));
    await first;

    expect(forPlan).toHaveBeenNthCalledWith(1, { planId: PLAN, periodKind: 'month' });
    expect(forPlan).toHaveBeenNthCalledWith(2, { planId: PLAN, periodKind: 'year' });
    expect(useResultsData.getState()).toMatchObject({ status: 'ready', choice: 'year', revision: 1, results: { year: 2026 } });
  });

  it('asks without a period kind when each control follows its own frequency, and keeps the Swedish refusal', async () => {
    const forPlan = vi.fn(async () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'Planen finns inte längre.' } }));
    vi.stubGlobal('window', { api: { results: { forPlan } } as unknown as Api });
    await useResultsData.getState().load(PLAN, 'natural');
    expect(forPlan).toHaveBeenCalledWith({ planId: PLAN });
    expect(useResultsData.getState()).toMatchObject({ status: 'failed', error: 'Planen finns inte längre.' });
  });
});

describe('the results view', () => {
  it('forgets the opened control and period when another plan is chosen', () => {
    useResultsView.getState().openControl('c1');
    useResultsView.getState().drill('2026-05-01');
    expect(useResultsView.getState()).toMatchObject({ controlId: 'c1', drillStart: '2026-05-01' });
    useResultsView.getState().choose('tertial');
    expect(useResultsView.getState().drillStart).toBeNull();
    useResultsView.getState().closeControl();
    expect(useResultsView.getState()).toMatchObject({ controlId: null, returnTo: 'c1' });
    useResultsView.getState().openFromOverview('c2');
    expect(useResultsView.getState()).toMatchObject({ controlId: 'c2', choice: 'natural' });
    useCurrentPlan.getState().choose('another-plan');
    expect(useResultsView.getState()).toMatchObject({ controlId: null, choice: 'natural', drillStart: null });
  });
});

describe('the trend in words', () => {
  it('names the highest and lowest period and how many reached the target', () => {
    const target = { targetValue: 90, targetDirection: 'at_least', tolerance: 10 } as const;
    const values = [75, null, 100, 95, null, 80];
    const periods: PeriodResult[] = periodsOfYear(2026, 'half')
      .concat(periodsOfYear(2026, 'tertial'), periodsOfYear(2026, 'year'))
      .map((period, index) => {
        const value = values[index] ?? null;
        return { period, value, status: statusOf(value, target), source: value === null ? null : 'checklist', computed: null, manual: null };
      });
    const summary = trendSummary(periods)!;
    expect(summary).toMatchObject({ measured: 4, green: 2 });
    expect([summary.highest.value, summary.lowest.value]).toEqual([100, 75]);
    expect(trendSummary(periods.map((period) => ({ ...period, value: null })))).toBeNull();
  });
});

describe('the plan at a glance', () => {
  it('counts processes, risks, controls and the risks over the threshold that lack a control', () => {
    const t = testRepos();
    try {
      const fixture = checklistPlan(t.repos);
      const process = t.repos.planDetail(fixture.plan.id).processes[0]!.id;
      const bare = t.repos.risks.create(process, { text: 'Ingen kontroll ännu', owner: '', qualityAreaIds: [] }, ACTOR);
      // The top cell of the default matrix: over its threshold.
      const size = t.repos.planDetail(fixture.plan.id).matrix.likelihood.length;
      t.repos.risks.assess(bare, 'inherent', { likelihood: size, consequence: size }, ACTOR);
      const detail = t.repos.planDetail(fixture.plan.id);
      expect(detail.matrix.threshold).not.toBeNull();
      const facts = planFacts(detail);
      expect(facts).toEqual({ processes: 1, risks: 3, controls: 4, lackingControl: 1 });
      expect(planFacts({ ...detail, matrix: { ...detail.matrix, threshold: null } }).lackingControl).toBeNull();
      const units = controlUnits(detail);
      expect(units.get(fixture.violence)).toBe('%');
      expect(units.get(fixture.days)).toBe('dagar');
      expect(units.get(fixture.lexSarah)).toBe('st');
    } finally {
      t.close();
    }
  });
});
