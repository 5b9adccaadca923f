import { create } from 'zustand';
import { readSetting, writeSetting } from '../storage';
import { useCurrentPlan } from '../plans/current-plan';

/** Which part of Checklistor is on screen. */
export type ChecklistView =
  | { name: 'overview' }
  | { name: 'newTemplate' }
  | { name: 'template'; templateId: string }
  | { name: 'startRun'; templateId: string }
  | { name: 'run'; runId: string }
  | { name: 'summary'; runId: string };

/** The open run, so a reload, a crash or a power cut brings the user back to it. */
export const OPEN_RUN_SETTING = 'kvalitetshjulet.openRun';

/** The remembered view: only a run or its summary is worth coming back to. */
export function rememberedView(stored: string | null): ChecklistView {
  const match = /^(run|summary):(.+)$/.exec(stored ?? '');
  if (!match?.[2]) return { name: 'overview' };
  return match[1] === 'run' ? { name: 'run', runId: match[2] } : { name: 'summary', runId: match[2] };
}

function remember(view: ChecklistView): void {
  writeSetting(OPEN_RUN_SETTING, view.name === 'run' || view.name === 'summary' ? `${view.name}:${view.runId}` : null);
}

interface ChecklistViewState {
  view: ChecklistView;
  /** The plan that was current when the view was opened; a run checks its own plan when it loads. */
  planId: string | null;
  show(view: ChecklistView): void;
}

export const useChecklistView = create<ChecklistViewState>()((set) => ({
  view: rememberedView(readSetting(OPEN_RUN_SETTING)),
  planId: useCurrentPlan.getState().planId,
  show(view) {
    remember(view);
    set({ view, planId: useCurrentPlan.getState().planId });
  },
}));

/** What to show for the current plan: a view opened under another plan gives way to the overview. */
export function viewForPlan(view: ChecklistView, openedFor: string | null, planId: string | null): ChecklistView {
  return openedFor === planId ? view : { name: 'overview' };
}
