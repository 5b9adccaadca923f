import { describe, expect, it } from 'vitest';
import { compareUnits, currentLevelIndex, type UnitControl, type UnitFigures } from '../../../shared/comparison';
import { matrixPresets } from '../../../shared/risk-matrix/presets';

const fourByFour = matrixPresets.find((preset) => preset.id === 'socialstyrelsen4x4')!.build();
let ids = 0;
const id = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;

function control(matchKey: string, processName: string, fields: Partial<UnitControl> = {}): UnitControl {
  return {
    controlId: id(),
    matchKey,
    definition: matchKey,
    processName,
    qualityAreas: [],
    targetValue: 100,
    targetDirection: 'at_least',
    tolerance: 0,
    unit: '%',
    value: 100,
    status: 'green',
    source: 'checklist',
    ...fields,
  };
}

function unit(name: string, fields: Partial<UnitFigures> = {}): UnitFigures {
  return {
    unitId: id(),
    unitName: name,
    origin: 'local',
    importedFrom: null,
    planId: id(),
    planTitle: `Kvalitetsplan 2026 – ${name}`,
    planStatus: 'adopted',
    matrix: fourByFour,
    qualityAreas: ['Trygghet och säkerhet'],
    controls: [],
    risks: [],
    actions: [],
    reports: [],
    ...fields,
  };
}

describe('compareUnits', () => {
  it('orders the units by name as Swedes sort them and keeps every row’s cells in that order', () => {
    const comparison = compareUnits([unit('Östra', { controls: [control('a', 'P')] }), unit('Äldre', {}), unit('Barn', { controls: [control('a', 'P', { value: 50, status: 'red' })] })], { year: 2026 });
    expect(comparison.units.map((u) => u.name)).toEqual(['Barn', 'Äldre', 'Östra']);
    expect(comparison.controls[0]!.cells.map((cell) => cell?.value ?? null)).toEqual([50, null, 100]);
  });

  it('groups rows by process name in any case and lets the first control of a key count within a unit', () => {
    const first = unit('A', { controls: [control('x', 'Utredning'), control('y', 'Lex Sarah'), control('x', 'Lex Sarah', { value: 1 })] });
    const second = unit('B', { controls: [control('z', 'UTREDNING '), control('y', 'Lex Sarah', { value: 7 })] });
    const comparison = compareUnits([first, second], { year: 2026 });
    expect(comparison.controls.map((row) => [row.processName, row.key, row.cells.map((cell) => cell?.value ?? null)])).toEqual([
      ['Utredning', 'x', [100, null]],
      ['Utredning', 'z', [null, 100]],
      ['Lex Sarah', 'y', [100, 7]],
    ]);
    expect(comparison.units[0]!.controlCount).toBe(2);
  });

  it('takes a risk’s level after action when assessed, else before, and an assessment outside the matrix as none', () => {
    expect(currentLevelIndex(fourByFour, { inherent: { likelihood: 4, consequence: 4 }, residual: { likelihood: 1, consequence: 1 } })).toBe(0);
    expect(currentLevelIndex(fourByFour, { inherent: { likelihood: 4, consequence: 4 }, residual: null })).toBe(3);
    expect(currentLevelIndex(fourByFour, { inherent: { likelihood: 4, consequence: 4 }, residual: { likelihood: 6, consequence: 6 } })).toBe(3);
    expect(currentLevelIndex(fourByFour, { inherent: { likelihood: 5, consequence: 1 }, residual: null })).toBeNull();
    expect(currentLevelIndex(fourByFour, { inherent: null, residual: null })).toBeNull();
  });

  it('matches risk levels by name across matrices and keeps each unit’s own colour', () => {
    const recoloured = { ...fourByFour, riskLevels: fourByFour.riskLevels.map((level) => ({ ...level, name: level.name.toUpperCase(), color: '#123456' })) };
    const risks = [{ qualityAreas: [], inherent: { likelihood: 4, consequence: 4 }, residual: null }];
    const comparison = compareUnits([unit('A', { risks }), unit('B', { matrix: recoloured, risks })], { year: 2026 });
    expect(comparison.riskLevels.map((row) => [row.name, row.color, row.cells])).toEqual([
      ['Mycket hög', '#c62828', [{ name: 'Mycket hög', color: '#c62828', count: 1 }, { name: 'MYCKET HÖG', color: '#123456', count: 1 }]],
      ['Hög', '#ef6c00', [{ name: 'Hög', color: '#ef6c00', count: 0 }, { name: 'HÖG', color: '#123456', count: 0 }]],
      ['Måttlig', '#f9a825', [{ name: 'Måttlig', color: '#f9a825', count: 0 }, { name: 'MÅTTLIG', color: '#123456', count: 0 }]],
      ['Låg', '#2e7d32', [{ name: 'Låg', color: '#2e7d32', count: 0 }, { name: 'LÅG', color: '#123456', count: 0 }]],
    ]);
  });

  it('filters by a quality area and names an area no plan has as given, with every unit out of view', () => {
    const units = [
      unit('A', {
        controls: [control('x', 'P', { qualityAreas: ['Trygghet och säkerhet'] }), control('y', 'P', { qualityAreas: [] })],
        actions: [{ status: 'done', qualityAreas: ['trygghet och  säkerhet'] }, { status: 'done', qualityAreas: [] }],
      }),
    ];
    const safe = compareUnits(units, { year: 2026, qualityArea: ' trygghet OCH säkerhet ' });
    expect([safe.qualityArea, safe.controls.map((row) => row.key), safe.actionStatuses.find((row) => row.status === 'done')!.counts]).toEqual([
      'Trygghet och säkerhet',
      ['x'],
      [1],
    ]);
    expect(compareUnits(units, { year: 2026, qualityArea: '  ' })).toMatchObject({ qualityArea: null, controls: [{ key: 'x' }, { key: 'y' }] });
    const unknown = compareUnits(units, { year: 2026, qualityArea: ' Bemötande ' });
    expect(unknown).toMatchObject({ qualityArea: 'Bemötande', controls: [], riskLevels: [], units: [{ hasQualityArea: false, controlCount: 0 }] });
    expect(unknown.actionStatuses.map((row) => row.counts)).toEqual([[null], [null], [null], [null]]);
  });

  it('compares nothing to an empty comparison', () => {
    expect(compareUnits([], { year: 2026, unitsWithoutPlan: ['Ö', 'A'] })).toEqual({
      year: 2026,
      qualityArea: null,
      qualityAreas: [],
      units: [],
      unitsWithoutPlan: ['A', 'Ö'],
      controls: [],
      riskLevels: [],
      actionStatuses: [
        { status: 'not_started', label: 'Ej påbörjad', counts: [] },
        { status: 'in_progress', label: 'Pågår', counts: [] },
        { status: 'done', label: 'Klar', counts: [] },
        { status: 'cancelled', label: 'Avbruten', counts: [] },
      ],
      reports: {
        kinds: [
          { kind: 'avvikelse', label: 'Avvikelse', counts: [] },
          { kind: 'klagomal', label: 'Klagomål', counts: [] },
          { kind: 'synpunkt', label: 'Synpunkt', counts: [] },
          { kind: 'lex_sarah', label: 'Lex Sarah-rapport', counts: [] },
          { kind: 'tillsyn', label: 'Tillsynsärende', counts: [] },
        ],
        categories: [],
        openLexSarah: [],
        medianDaysToInvestigate: [],
      },
    });
  });
});
