import type { Assessment } from '../../../../shared/risk-matrix/matrix';
import type { RiskEntry, Stage } from './risk-entries';
import { otherStage } from './risk-entries';

/** A cell of the matrix, 1-based like an assessment. */
export type Cell = Assessment;

export interface GridSize {
  likelihood: number;
  consequence: number;
}

const clamp = (value: number, max: number) => Math.min(Math.max(value, 1), max);

export function clampCell(cell: Cell, size: GridSize): Cell {
  return { likelihood: clamp(cell.likelihood, size.likelihood), consequence: clamp(cell.consequence, size.consequence) };
}

/**
 * Where a key moves the cursor. The highest likelihood is drawn at the top, so "up"
 * means more likely; "right" means a more serious consequence. Home/End go to the
 * ends of the row, PageUp/PageDown to the ends of the column. Other keys give null.
 */
export function moveCursor(cell: Cell, key: string, size: GridSize): Cell | null {
  const { likelihood, consequence } = cell;
  const moved: Record<string, Cell> = {
    ArrowUp: { likelihood: likelihood + 1, consequence },
    ArrowDown: { likelihood: likelihood - 1, consequence },
    ArrowRight: { likelihood, consequence: consequence + 1 },
    ArrowLeft: { likelihood, consequence: consequence - 1 },
    Home: { likelihood, consequence: 1 },
    End: { likelihood, consequence: size.consequence },
    PageUp: { likelihood: size.likelihood, consequence },
    PageDown: { likelihood: 1, consequence },
  };
  const next = moved[key];
  return next ? clampCell(next, size) : null;
}

/** Where the cursor starts for a picked risk: its place at this stage, else its other stage's, else the bottom left. */
export function startCell(entry: RiskEntry, stage: Stage, size: GridSize): Cell {
  const from = entry[stage] ?? entry[otherStage(stage)] ?? { likelihood: 1, consequence: 1 };
  return clampCell(from, size);
}
