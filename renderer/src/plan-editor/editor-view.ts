import { create } from 'zustand';
import { useCurrentPlan } from '../plans/current-plan';

export const editorTabs = ['details', 'processes', 'areas', 'history', 'files'] as const;
export type EditorTab = (typeof editorTabs)[number];

interface EditorViewState {
  /** The Kvalitetsplan section shows the current plan, or the units and plans to choose from. */
  view: 'plan' | 'catalog';
  tab: EditorTab;
  showPlan(): void;
  showCatalog(): void;
  showTab(tab: EditorTab): void;
}

export const useEditorView = create<EditorViewState>()((set) => ({
  view: 'plan',
  tab: 'processes',
  showPlan: () => set({ view: 'plan' }),
  showCatalog: () => set({ view: 'catalog' }),
  showTab: (tab) => set({ tab }),
}));

// Choosing a plan in the catalogue means "work on it now": open it.
useCurrentPlan.subscribe((state, previous) => {
  if (state.planId !== previous.planId) useEditorView.getState().showPlan();
});
