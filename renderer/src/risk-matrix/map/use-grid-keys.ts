import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusCell, focusOrigin } from '../dom';
import { useMatrixView } from '../matrix-view';
import { clampCell, moveCursor } from '../model/grid-navigation';
import { cellKey, sameCell, type RiskEntry } from '../model/risk-entries';
import { useMatrixWorkspace } from '../workspace-store';

/**
 * The grid's keys. Arrows, Home/End and PageUp/PageDown move the cursor. Enter or Space
 * places the picked risk in the cursor's cell; with nothing picked it picks the risk
 * just placed there, or else the first one in the cell, and with the picked risk
 * already there it picks the next one. Escape puts the risk
 * back, Delete or Backspace asks to clear its assessment.
 */
export function useGridKeys(activeByCell: ReadonlyMap<string, RiskEntry[]>, onPlace: (entry: RiskEntry) => void) {
  const { t } = useTranslation();
  const { matrix, entries, editable } = useMatrixView();

  return (event: KeyboardEvent) => {
    const state = useMatrixWorkspace.getState();
    const size = { likelihood: matrix.likelihood.length, consequence: matrix.consequence.length };
    const cursor = clampCell(state.cursor, size);
    const moved = moveCursor(cursor, event.key, size);
    if (moved) {
      event.preventDefault();
      state.setCursor(moved);
      focusCell(moved);
      return;
    }
    const picked = state.picked ? entries.find((entry) => entry.id === state.picked?.riskId) : undefined;
    if (event.key === 'Escape' && state.picked) {
      event.preventDefault();
      state.drop();
      state.announce(t('riskMatrix.announce.putBack'));
      focusOrigin(state.picked.origin, state.picked.riskId);
      return;
    }
    if (!editable) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const here = activeByCell.get(cellKey(cursor)) ?? [];
      if (picked && !sameCell(picked[state.stage], cursor)) {
        onPlace(picked);
        return;
      }
      const recent = !picked ? here.find((entry) => entry.id === state.recent) : undefined;
      const next = recent ?? here[(here.findIndex((entry) => entry.id === picked?.id) + 1) % Math.max(here.length, 1)];
      if (next) state.pick(next.id, 'grid', cursor);
      return;
    }
    if ((event.key === 'Delete' || event.key === 'Backspace') && picked?.[state.stage]) {
      event.preventDefault();
      state.askClear(picked.id);
    }
  };
}
