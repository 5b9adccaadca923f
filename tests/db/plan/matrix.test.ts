import { beforeEach, describe, expect, it } from 'vitest';
import { levelOf } from '../../../shared/risk-matrix/grid';
import type { RiskMatrix } from '../../../shared/risk-matrix/matrix';
import { matrixPresets } from '../../../shared/risk-matrix/presets';
import { resizeMatrix } from '../../../shared/risk-matrix/resize';
import { noticeableChanges } from '../../../db/repositories/plan/plan-matrix';
import { testRepos, type TestRepos } from '../../support/repos';
import { ACTOR, smallPlan } from '../../support/plan-fixture';

let t: TestRepos;
beforeEach(() => {
  t = testRepos();
  return () => t.close();
});

const stockholm = (): RiskMatrix => matrixPresets.find((p) => p.id === 'stockholm5x5')!.build();

function applyWithPreview(planId: string, matrix: RiskMatrix) {
  const preview = t.repos.matrix.preview(planId, matrix);
  t.repos.matrix.apply(planId, matrix, noticeableChanges(preview), ACTOR);
  return preview;
}

describe('a plan’s risk matrix', () => {
  it('shows the right level and colour for every risk on a custom 5 x 5 grid', () => {
    const { plan, risk } = smallPlan(t.repos);
    const custom = stockholm();
    custom.likelihood[0]!.label = 'Händer nästan aldrig';
    custom.riskLevels = [
      { name: 'Acceptabel', color: '#1b5e20' },
      { name: 'Bevaka', color: '#fbc02d' },
      { name: 'Åtgärda', color: '#b71c1c' },
    ];
    custom.grid = custom.grid.map((row, l) => row.map((_, c) => (l === 0 && c === 4 ? 2 : Math.min(2, Math.floor(((l + 1) * (c + 1)) / 9)))));
    custom.threshold = 2;
    applyWithPreview(plan.id, custom);
    t.repos.risks.assess(risk, 'inherent', { likelihood: 1, consequence: 5 }, ACTOR);
    const detail = t.repos.planDetail(plan.id);
    expect(detail.matrix.likelihood[0]!.label).toBe('Händer nästan aldrig');
    const assessed = detail.processes[0]!.risks[0]!;
    expect(levelOf(detail.matrix, assessed.inherent!)).toMatchObject({ name: 'Åtgärda', color: '#b71c1c' });
    expect(levelOf(detail.matrix, assessed.residual!)).toMatchObject({ name: 'Acceptabel' });
  });

  it('changes levels, never assessments, when only the grid is edited', () => {
    const { plan } = smallPlan(t.repos);
    const before = t.repos.planDetail(plan.id);
    const matrix = structuredClone(before.matrix);
    matrix.grid[2]![3] = 0;
    const preview = applyWithPreview(plan.id, matrix);
    expect(preview.summary).toEqual({ rescaled: 0, levelChanged: 1, unchanged: 1 });
    const after = t.repos.planDetail(plan.id);
    expect(after.processes[0]!.risks[0]!.inherent).toEqual(before.processes[0]!.risks[0]!.inherent);
    expect(levelOf(after.matrix, after.processes[0]!.risks[0]!.inherent!)!.index).toBe(0);
  });

  it('moves assessments that no longer fit to the new top and keeps the old values in the history', () => {
    const { plan, risk } = smallPlan(t.repos);
    t.repos.risks.assess(risk, 'inherent', { likelihood: 4, consequence: 4 }, ACTOR);
    const preview = applyWithPreview(plan.id, resizeMatrix(t.repos.planDetail(plan.id).matrix, 3, 3));
    expect(preview.summary.rescaled).toBe(2);
    const risk0 = t.repos.planDetail(plan.id).processes[0]!.risks[0]!;
    expect(risk0.inherent).toEqual({ likelihood: 3, consequence: 3 });
    expect(risk0.residual).toEqual({ likelihood: 2, consequence: 3 });
    const moved = t.repos.planHistory(plan.id).find((h) => h.field === 'inherent' && h.newValue === JSON.stringify({ likelihood: 3, consequence: 3 }));
    expect(JSON.parse(moved!.oldValue!)).toEqual({ likelihood: 4, consequence: 4 });
  });

  it('saves nothing when the confirmed preview no longer matches', () => {
    const { plan } = smallPlan(t.repos);
    const smaller = resizeMatrix(t.repos.planDetail(plan.id).matrix, 3, 3);
    expect(() => t.repos.matrix.apply(plan.id, smaller, 0, ACTOR)).toThrow(/Granska ändringen igen/);
    expect(t.repos.planDetail(plan.id).matrix.likelihood).toHaveLength(4);
  });
});
