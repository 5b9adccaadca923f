import type { riskMatrixSv } from './risk-matrix.sv';
import type { Widen } from './widen';

export const riskMatrixEn: Widen<typeof riskMatrixSv> = {
  title: 'Risk matrix',
};
