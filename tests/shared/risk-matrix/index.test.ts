import { describe, expect, it } from 'vitest';
import * as riskMatrix from '../../../shared/risk-matrix';

describe('risk-matrix public API', () => {
  it('exposes the schema, the presets and the functions from one place', () => {
    const matrix = riskMatrix.matrixPresets[0]!.build();
    const assessment = riskMatrix.Assessment.parse({ likelihood: 4, consequence: 4 });
    expect(riskMatrix.RiskMatrix.parse(matrix)).toEqual(matrix);
    expect(riskMatrix.levelOf(matrix, assessment)?.name).toBe('Mycket hög');
    expect(riskMatrix.textColorOn(riskMatrix.levelColors.red)).toBe('#ffffff');
    expect(riskMatrix.swedishChangeSummary(riskMatrix.planMatrixChange(matrix, matrix, []))).toBe('Inga bedömningar påverkas.');
    expect(Object.keys(riskMatrix).sort()).toEqual(
      [
        'Assessment', 'MAX_SCALE', 'MIN_SCALE', 'RiskLevel', 'RiskMatrix', 'ScaleLevel',
        'contrastRatio', 'defaultGrid', 'defaultScaleLabel', 'gridFromBands', 'levelColors', 'levelIndexOf', 'levelOf',
        'matrixPresets', 'needsControl', 'planMatrixChange', 'relativeLuminance', 'resizeMatrix',
        'riskValue', 'swedishChangeSummary', 'textColorOn',
      ].sort(),
    );
  });
});
