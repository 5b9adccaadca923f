import { describe, expect, it } from 'vitest';
import { planMatrixChange, swedishChangeSummary, type AssessedRisk, type MatrixChangePlan } from '../../../shared/risk-matrix/impact';
import type { RiskMatrix } from '../../../shared/risk-matrix/matrix';
import { matrixPresets } from '../../../shared/risk-matrix/presets';
import { resizeMatrix } from '../../../shared/risk-matrix/resize';

const preset = (id: string): RiskMatrix => matrixPresets.find((p) => p.id === id)!.build();
const a = (likelihood: number, consequence: number) => ({ likelihood, consequence });
const risk = (id: string, inherent: AssessedRisk['inherent'], residual: AssessedRisk['residual']): AssessedRisk => ({
  id,
  text: `Risk ${id}`,
  inherent,
  residual,
});
const planWith = (summary: MatrixChangePlan['summary']): MatrixChangePlan => ({ changes: [], summary });

describe('planMatrixChange', () => {
  it('from Stockholm 5×5 to Socialstyrelsen 4×4: rescales only values beyond 4 and reports new levels', () => {
    const risks = [
      risk('r1', a(5, 5), a(2, 3)),
      risk('r2', a(3, 3), null),
      risk('r3', a(4, 5), null),
      risk('r4', null, null),
      risk('r5', null, a(1, 4)),
    ];
    const plan = planMatrixChange(preset('stockholm5x5'), preset('socialstyrelsen4x4'), risks);

    expect(plan.changes.map((c) => [c.riskId, c.stage, c.after.assessment, c.rescaled, c.levelChanged])).toEqual([
      ['r1', 'inherent', a(4, 4), true, false],
      ['r1', 'residual', a(2, 3), false, false],
      ['r2', 'inherent', a(3, 3), false, true],
      ['r3', 'inherent', a(4, 4), true, false],
      ['r5', 'residual', a(1, 4), false, true],
    ]);
    // Risktal 9 is Måttlig in Stockholm's bands and Hög in the handbook's, so it now needs a control.
    expect(plan.changes[2]).toEqual({
      riskId: 'r2',
      text: 'Risk r2',
      stage: 'inherent',
      before: { assessment: a(3, 3), levelName: 'Måttlig', color: '#f9a825', needsControl: false },
      after: { assessment: a(3, 3), levelName: 'Hög', color: '#ef6c00', needsControl: true },
      rescaled: false,
      levelChanged: true,
    });
    expect(plan.changes[0]?.before).toEqual({ assessment: a(5, 5), levelName: 'Mycket hög', color: '#c62828', needsControl: true });
    expect(plan.changes[4]?.before.levelName).toBe('Låg');
    expect(plan.changes[4]?.after.levelName).toBe('Måttlig');
    expect(plan.summary).toEqual({ rescaled: 2, levelChanged: 2, unchanged: 1 });
  });

  it('counts a rescaled assessment once even when its level also changes', () => {
    const plan = planMatrixChange(preset('socialstyrelsen4x4'), preset('simple3x3'), [risk('r', a(4, 1), a(1, 1))]);
    expect(plan.changes[0]).toMatchObject({
      before: { assessment: a(4, 1), levelName: 'Måttlig' },
      after: { assessment: a(3, 1), levelName: 'Gul' },
      rescaled: true,
      levelChanged: true,
    });
    // 1×1: Låg → Grön, same colour but another name.
    expect(plan.changes[1]).toMatchObject({ rescaled: false, levelChanged: true });
    expect(plan.summary).toEqual({ rescaled: 1, levelChanged: 1, unchanged: 0 });
  });

  it('keeps values that still fit and puts the rest at the new top, so no risk overtakes another', () => {
    const six = resizeMatrix(preset('socialstyrelsen4x4'), 6, 4);
    const three = resizeMatrix(six, 3, 4);
    const plan = planMatrixChange(six, three, [risk('kept', a(3, 2), null), risk('moved', a(4, 2), a(6, 4))]);
    expect(plan.changes.map((c) => c.after.assessment)).toEqual([a(3, 2), a(3, 2), a(3, 4)]);
    expect(plan.changes.map((c) => c.rescaled)).toEqual([false, true, true]);
  });

  it('gives stored data beyond the old scale a place instead of failing', () => {
    const matrix = preset('socialstyrelsen4x4');
    const plan = planMatrixChange(matrix, matrix, [risk('r', a(5, 2), null)]);
    expect(plan.changes[0]?.before).toEqual({ assessment: a(5, 2), levelName: null, color: null, needsControl: false });
    expect(plan.changes[0]?.after).toEqual({ assessment: a(4, 2), levelName: 'Hög', color: '#ef6c00', needsControl: true });
    expect(plan.changes[0]).toMatchObject({ rescaled: true, levelChanged: true });
  });

  it('treats a renamed level as a change but ignores the case of a colour', () => {
    const before = preset('socialstyrelsen4x4');
    const after = structuredClone(before);
    after.riskLevels[0] = { name: 'Låg risk', color: '#2e7d32' };
    after.riskLevels[3] = { name: 'Mycket hög', color: '#C62828' };
    const plan = planMatrixChange(before, after, [risk('low', a(1, 1), a(4, 4))]);
    expect(plan.changes.map((c) => c.levelChanged)).toEqual([true, false]);
    expect(plan.summary).toEqual({ rescaled: 0, levelChanged: 1, unchanged: 1 });
  });

  it('lists nothing for unassessed risks and leaves its inputs alone', () => {
    const risks = [risk('r', null, null)];
    expect(planMatrixChange(preset('simple3x3'), preset('stockholm5x5'), risks)).toEqual({
      changes: [],
      summary: { rescaled: 0, levelChanged: 0, unchanged: 0 },
    });
    const assessed = [risk('r', a(5, 5), null)];
    const plan = planMatrixChange(preset('stockholm5x5'), preset('simple3x3'), assessed);
    plan.changes[0]!.after.assessment.likelihood = 1;
    expect(assessed[0]?.inherent).toEqual(a(5, 5));
    expect(plan.changes[0]?.before.assessment).toEqual(a(5, 5));
  });
});

describe('swedishChangeSummary', () => {
  it('names both kinds of change and promises nothing is lost', () => {
    expect(swedishChangeSummary(planWith({ rescaled: 2, levelChanged: 3, unchanged: 4 }))).toBe(
      '3 bedömningar får ny risknivå och 2 bedömningar räknas om till den nya skalan. Inga bedömningar går förlorade.',
    );
  });

  it('uses the singular for one', () => {
    expect(swedishChangeSummary(planWith({ rescaled: 1, levelChanged: 1, unchanged: 0 }))).toBe(
      '1 bedömning får ny risknivå och 1 bedömning räknas om till den nya skalan. Inga bedömningar går förlorade.',
    );
  });

  it('leaves out a kind that did not occur', () => {
    expect(swedishChangeSummary(planWith({ rescaled: 2, levelChanged: 0, unchanged: 1 }))).toBe(
      '2 bedömningar räknas om till den nya skalan. Inga bedömningar går förlorade.',
    );
    expect(swedishChangeSummary(planWith({ rescaled: 0, levelChanged: 1, unchanged: 0 }))).toBe(
      '1 bedömning får ny risknivå. Inga bedömningar går förlorade.',
    );
  });

  it('says nothing is affected when nothing changes', () => {
    expect(swedishChangeSummary(planWith({ rescaled: 0, levelChanged: 0, unchanged: 5 }))).toBe('Inga bedömningar påverkas.');
    expect(swedishChangeSummary(planWith({ rescaled: 0, levelChanged: 0, unchanged: 0 }))).toBe('Inga bedömningar påverkas.');
  });

  it('agrees with a computed plan', () => {
    const plan = planMatrixChange(preset('stockholm5x5'), preset('socialstyrelsen4x4'), [risk('r', a(5, 1), a(3, 3))]);
    expect(swedishChangeSummary(plan)).toBe(
      '1 bedömning får ny risknivå och 1 bedömning räknas om till den nya skalan. Inga bedömningar går förlorade.',
    );
  });
});
