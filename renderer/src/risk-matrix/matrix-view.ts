import { createContext, useContext } from 'react';
import type { RiskMatrix } from '../../../shared/risk-matrix/matrix';
import type { RiskEntry } from './model/risk-entries';

/** What every part of the map needs: the plan's matrix, the risks the filters let through, and whether edits are allowed. */
export interface MatrixView {
  matrix: RiskMatrix;
  entries: readonly RiskEntry[];
  editable: boolean;
}

export const MatrixViewContext = createContext<MatrixView | null>(null);

export function useMatrixView(): MatrixView {
  const view = useContext(MatrixViewContext);
  if (!view) throw new Error('useMatrixView must be used inside MatrixViewContext');
  return view;
}
