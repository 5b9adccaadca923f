import type { TFunction } from 'i18next';
import type { ControlCell, ControlRow } from '../../../shared/comparison';
import { targetText } from '../results/target-text';

/** "minst 90 %", "högst 14 dagar" or "Inget mål", for one unit's control. */
export function cellTarget(t: TFunction, cell: ControlCell, language: string): string {
  return targetText(t, { ...cell, targetUnit: cell.unit, aggregation: null }, language);
}

/** The target every unit with the control shares ("minst 90 %", "Inget mål"), or null when they differ (each cell then says its own). */
export function sharedTarget(t: TFunction, row: ControlRow, language: string): string | null {
  const targets = new Set(row.cells.flatMap((cell) => (cell ? [cellTarget(t, cell, language)] : [])));
  return targets.size === 1 ? [...targets][0]! : null;
}
