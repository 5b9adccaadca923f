import { describe, expect, it } from 'vitest';
import type { PlanDetail } from '../../shared/domain/plan-detail';
import { defaultGrid } from '../../shared/risk-matrix/grid';
import type { RiskMatrix } from '../../shared/risk-matrix/matrix';
import { matrixPresets } from '../../shared/risk-matrix/presets';
import {
  addRiskLevel,
  fillProductGrid,
  removeRiskLevel,
  resizeDraft,
  sameMatrix,
  setGridCell,
  setScaleLevel,
  validationMessages,
} from '../../renderer/src/risk-matrix/model/matrix-draft';
import { entriesByCell, filterEntries, lacksControl, riskEntries } from '../../renderer/src/risk-matrix/model/risk-entries';

const preset = (id: string): RiskMatrix => matrixPresets.find((candidate) => candidate.id === id)!.build();
const socialstyrelsen = () => preset('socialstyrelsen4x4');

function risk(id: string, text: string, areas: string[], inherent: [number, number] | null, residual: [number, number] | null, controls = 0) {
  return {
    id,
    text,
    owner: '',
    qualityAreaIds: areas,
    inherent: inherent && { likelihood: inherent[0], consequence: inherent[1] },
    residual: residual && { likelihood: residual[0], consequence: residual[1] },
    controls: Array.from({ length: controls }, () => ({ id: `c-${id}` })),
    actions: [],
  };
}

/** Only the parts of a plan the matrix screen reads. */
function plan(): PlanDetail {
  return {
    matrix: socialstyrelsen(),
    qualityAreas: [
      { id: 'safety', name: 'Trygghet och säkerhet' },
      { id: 'access', name: 'Tillgänglighet' },
    ],
    processes: [
      { id: 'p1', name: 'Förhandsbedömning', risks: [risk('a', 'Dröjer', ['safety'], [3, 3], [2, 3]), risk('b', 'Glöms', [], [4, 4], null, 1)] },
      { id: 'p2', name: 'Utredning', risks: [risk('c', 'Saknar plan', ['access', 'safety'], null, null), risk('d', 'Våld', ['safety'], [3, 3], [1, 1])] },
    ],
  } as unknown as PlanDetail;
}

describe('the risks of a plan as the matrix shows them', () => {
  it('are numbered through the whole plan, process by process', () => {
    expect(riskEntries(plan()).map((entry) => [entry.number, entry.id, entry.processName])).toEqual([
      [1, 'a', 'Förhandsbedömning'],
      [2, 'b', 'Förhandsbedömning'],
      [3, 'c', 'Utredning'],
      [4, 'd', 'Utredning'],
    ]);
  });

  it('keep their numbers when filtered by process and quality area', () => {
    const entries = riskEntries(plan());
    expect(filterEntries(entries, { processId: 'p2', qualityAreaId: null }).map((entry) => entry.number)).toEqual([3, 4]);
    expect(filterEntries(entries, { processId: null, qualityAreaId: 'access' }).map((entry) => entry.number)).toEqual([3]);
    expect(filterEntries(entries, { processId: 'p1', qualityAreaId: 'safety' }).map((entry) => entry.number)).toEqual([1]);
    expect(filterEntries(entries, { processId: null, qualityAreaId: null })).toHaveLength(4);
  });

  it('group by the cell of the chosen stage, leaving out unassessed stages', () => {
    const entries = riskEntries(plan());
    const inherent = entriesByCell(entries, 'inherent');
    expect(inherent.get('3-3')?.map((entry) => entry.id)).toEqual(['a', 'd']);
    expect(inherent.get('4-4')?.map((entry) => entry.id)).toEqual(['b']);
    expect([...entriesByCell(entries, 'residual').keys()].sort()).toEqual(['1-1', '2-3']);
  });

  it('are flagged when at or over the threshold before measures and without a control', () => {
    const matrix = socialstyrelsen();
    const [a, b, c] = riskEntries(plan());
    expect(lacksControl(matrix, a!)).toBe(true); // 3×3 = 9: Hög, the threshold, no control
    expect(lacksControl(matrix, b!)).toBe(false); // Mycket hög but it has a control
    expect(lacksControl(matrix, c!)).toBe(false); // not assessed
    expect(lacksControl({ ...matrix, threshold: null }, a!)).toBe(false);
  });
});

describe('editing a draft matrix', () => {
  it('removes a level by moving its cells and a threshold on it to the level below, and shifting the rest', () => {
    const matrix = { ...socialstyrelsen(), threshold: 2 };
    const removed = removeRiskLevel(matrix, 2);
    expect(removed.riskLevels.map((level) => level.name)).toEqual(['Låg', 'Måttlig', 'Mycket hög']);
    expect(removed.threshold).toBe(1);
    matrix.grid.forEach((row, l) =>
      row.forEach((level, c) => expect(removed.grid[l]![c]).toBe(level === 3 ? 2 : level === 2 ? 1 : level)),
    );
    expect(validationMessages(removed)).toEqual([]);
  });

  it('moves the lowest level’s cells to the next one up when the lowest is removed', () => {
    const removed = removeRiskLevel(socialstyrelsen(), 0);
    expect(removed.riskLevels[0]?.name).toBe('Måttlig');
    expect(Math.min(...removed.grid.flat())).toBe(0);
    expect(removed.threshold).toBe(1);
    expect(validationMessages(removed)).toEqual([]);
  });

  it('keeps between two and six levels', () => {
    const two = removeRiskLevel(removeRiskLevel(socialstyrelsen(), 3), 2);
    expect(removeRiskLevel(two, 0)).toBe(two);
    let many = socialstyrelsen();
    for (let i = 0; i < 4; i++) many = addRiskLevel(many, 'Ny nivå');
    expect(many.riskLevels).toHaveLength(6);
    expect(new Set(many.riskLevels.map((level) => level.color)).size).toBe(6);
    expect(validationMessages(many)).toEqual([]);
  });

  it('sets one cell, fills with S × K again, and edits a label without touching the rest', () => {
    const matrix = socialstyrelsen();
    const changed = setGridCell(matrix, 4, 1, 3);
    expect(changed.grid[3]![0]).toBe(3);
    expect(changed.grid.flat().filter((level, i) => level !== matrix.grid.flat()[i])).toHaveLength(1);
    expect(fillProductGrid(changed).grid).toEqual(defaultGrid(4, 4, 4));
    const relabelled = setScaleLevel(matrix, 'consequence', 1, { label: '2 – Kännbar' });
    expect(relabelled.consequence[1]?.label).toBe('2 – Kännbar');
    expect(relabelled.likelihood).toEqual(matrix.likelihood);
    expect(sameMatrix(matrix, socialstyrelsen())).toBe(true);
    expect(sameMatrix(matrix, relabelled)).toBe(false);
  });

  it('reports what is wrong in Swedish, each message once', () => {
    const matrix = setScaleLevel(setScaleLevel(socialstyrelsen(), 'likelihood', 0, { label: ' ' }), 'likelihood', 1, { label: '' });
    expect(validationMessages(matrix)).toEqual(['Varje nivå behöver en benämning.']);
  });

  it('resizes a valid draft with resizeMatrix and refuses an invalid one with its messages', () => {
    const resized = resizeDraft(socialstyrelsen(), 5, 5);
    expect(resized.ok && resized.matrix.grid).toEqual(defaultGrid(5, 5, 4));
    const invalid = resizeDraft(setScaleLevel(socialstyrelsen(), 'likelihood', 0, { label: '' }), 5, 5);
    expect(invalid).toEqual({ ok: false, messages: ['Varje nivå behöver en benämning.'] });
  });
});
