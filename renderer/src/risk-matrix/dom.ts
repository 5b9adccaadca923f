import type { DragEvent } from 'react';
import { cellKey } from './model/risk-entries';
import type { Cell } from './model/grid-navigation';
import type { PickOrigin } from './workspace-store';

const RISK_TYPE = 'application/x-kvalitetshjulet-risk';

export function startRiskDrag(event: DragEvent, riskId: string): void {
  event.dataTransfer.setData(RISK_TYPE, riskId);
  event.dataTransfer.setData('text/plain', riskId);
  event.dataTransfer.effectAllowed = 'move';
}

export function isRiskDrag(event: DragEvent): boolean {
  return event.dataTransfer.types.includes(RISK_TYPE);
}

export function draggedRiskId(event: DragEvent): string | null {
  return event.dataTransfer.getData(RISK_TYPE) || null;
}

/** Moves the keyboard focus to a heat-map cell; it works before the roving tabindex has caught up. */
export function focusCell(cell: Cell): void {
  document.querySelector<HTMLElement>(`[data-cell="${cellKey(cell)}"]`)?.focus();
}

/** Hands the focus back to where a risk was picked up, when that place is still on screen. */
export function focusOrigin(origin: PickOrigin, riskId: string): boolean {
  if (origin === 'grid') return false;
  const attribute = origin === 'legend' ? 'data-legend-risk' : 'data-tray-risk';
  const target = document.querySelector<HTMLElement>(`[${attribute}="${riskId}"]`);
  target?.focus();
  return target !== null;
}
