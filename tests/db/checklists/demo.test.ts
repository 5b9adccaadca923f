import { describe, expect, it } from 'vitest';
import { fillDemoData } from '../../../db/demo';
import { testRepos } from '../../support/repos';

describe('demo data', () => {
  it('holds a year of runs on both plans, fed into the controls, and adds nothing the second time', () => {
    const { repos, close } = testRepos();
    try {
      fillDemoData(repos, '2026-12-31');
      const plans = repos.plans.list();
      const counts = () =>
        plans.map((plan) => {
          const runs = repos.checklists.runs.list({ planId: plan.id });
          return [plan.year, repos.checklists.templates.list(plan.id).length, runs.length, runs.reduce((sum, run) => sum + run.answerCount, 0)];
        });
      const first = counts();
      expect(first.map(([year, templates, runs]) => [year, templates, runs])).toEqual([
        [2026, 3, 30],
        [2025, 3, 30],
      ]);
      for (const plan of plans) {
        for (const run of repos.checklists.runs.list({ planId: plan.id })) expect(run.caseCount).toBeGreaterThanOrEqual(5);
      }
      fillDemoData(repos, '2026-12-31');
      expect(counts()).toEqual(first);

      const results = repos.results.forPlan(plans[0]!.id);
      const violence = results.controls.find((c) => c.definition.includes('frågan om våld'))!;
      expect(violence.years.map((y) => y.year)).toEqual([2025, 2026]);
      expect(violence.years.every((y) => y.value !== null)).toBe(true);
      const days = results.controls.find((c) => c.definition.startsWith('Antal dagar'))!;
      expect(days).toMatchObject({ targetDirection: 'at_most', aggregation: 'median', periodKind: 'quarter' });
      expect(repos.planDetail(plans[1]!.id).status).toBe('adopted');
    } finally {
      close();
    }
  });

  it('holds no review dated after today', () => {
    const { repos, close } = testRepos();
    try {
      fillDemoData(repos, '2026-06-15');
      const runs = repos.plans.list().flatMap((plan) => repos.checklists.runs.list({ planId: plan.id }));
      const dates = runs.map((run) => run.date);
      expect(dates.some((date) => date.startsWith('2026-06'))).toBe(true);
      expect(dates.filter((date) => date > '2026-06-15')).toEqual([]);
      expect(dates.filter((date) => date.startsWith('2025-'))).toHaveLength(30);
    } finally {
      close();
    }
  });
});
