import { useEditorView } from '../plan-editor/editor-view';

/** For a link to Kvalitetsplan that should land on the units and plans, not in the current plan's editor. */
export function showCatalogOnArrival(): void {
  useEditorView.getState().showCatalog();
}

/** For a link to Kvalitetsplan that should land in the current plan, even if the catalogue was open last. */
export function showPlanOnArrival(): void {
  useEditorView.getState().showPlan();
}
