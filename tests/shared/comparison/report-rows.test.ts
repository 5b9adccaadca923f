import { describe, expect, it } from 'vitest';
import { compareUnits, median, type UnitFigures, type UnitReport } from '../../../shared/comparison';
import { matrixPresets } from '../../../shared/risk-matrix/presets';

const report = (fields: Partial<UnitReport>): UnitReport => ({
  kind: 'avvikelse',
  category: 'Dokumentation',
  status: 'mottagen',
  receivedOn: '2026-03-01',
  investigatedOn: null,
  qualityAreas: [],
  ...fields,
});

const unit = (name: string, reports: UnitReport[], qualityAreas = ['Trygghet och säkerhet']): UnitFigures => ({
  unitId: `${name}-id`,
  unitName: name,
  origin: 'imported',
  importedFrom: null,
  planId: `${name}-plan`,
  planTitle: name,
  planStatus: 'adopted',
  matrix: matrixPresets.find((preset) => preset.id === 'socialstyrelsen4x4')!.build(),
  qualityAreas,
  controls: [],
  risks: [],
  actions: [],
  reports,
});

describe('the registers of reports compared unit by unit', () => {
  const alpha = unit('Alfa', [
    report({ investigatedOn: '2026-03-11' }), // 10 days
    report({ category: 'dokumentation', investigatedOn: '2026-03-05', qualityAreas: ['Trygghet och säkerhet'] }), // 4 days
    report({ kind: 'lex_sarah', category: 'Missförhållande', investigatedOn: '2026-03-08', status: 'avslutad' }), // 7 days
    report({ kind: 'lex_sarah', category: 'Missförhållande', qualityAreas: ['Trygghet och säkerhet'] }),
    report({ kind: 'klagomal', category: null }),
  ]);
  const beta = unit('Beta', [report({ kind: 'lex_sarah', category: 'Missförhållande', investigatedOn: '2026-03-02', status: 'under_utredning' })], ['Kunskapsbaserad verksamhet']);

  it('counts per kind and per category matched by name, open lex Sarah, and the median days to investigate', () => {
    const { reports } = compareUnits([beta, alpha], { year: 2026 });
    expect(reports.kinds.map((row) => [row.kind, row.counts])).toEqual([
      ['avvikelse', [2, 0]],
      ['klagomal', [1, 0]],
      ['synpunkt', [0, 0]],
      ['lex_sarah', [2, 1]],
      ['tillsyn', [0, 0]],
    ]);
    expect(reports.categories.map((row) => [row.kindLabel, row.category, row.counts])).toEqual([
      ['Avvikelse', 'Dokumentation', [2, 0]],
      ['Klagomål', 'Ingen kategori', [1, 0]],
      ['Lex Sarah-rapport', 'Missförhållande', [2, 1]],
    ]);
    expect(reports.openLexSarah).toEqual([1, 1]);
    // Alfa: 4, 7, 10 days: median 7. Beta: 1 day.
    expect(reports.medianDaysToInvestigate).toEqual([7, 1]);
  });

  it('counts only reports tagged with a chosen quality area, and leaves a unit without it empty', () => {
    const { reports } = compareUnits([alpha, beta], { year: 2026, qualityArea: 'trygghet och säkerhet' });
    expect(reports.kinds.find((row) => row.kind === 'avvikelse')!.counts).toEqual([1, null]);
    expect(reports.openLexSarah).toEqual([1, null]);
    expect(reports.medianDaysToInvestigate).toEqual([4, null]);
  });

  it('takes the mean of the two middle values for an even count', () => {
    expect(median([10, 2, 4, 30])).toBe(7);
    expect(median([])).toBeNull();
  });
});
