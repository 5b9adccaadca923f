import { create } from 'zustand';
import type { RunSummary } from '../../../../shared/checklists/run';
import type { TemplateSummary } from '../../../../shared/checklists/template';
import { request } from '../../api/client';
import type { LoadStatus } from '../../api/load-status';

interface PlanChecklistsState {
  planId: string | null;
  templates: TemplateSummary[];
  runs: RunSummary[];
  status: LoadStatus;
  loadError: string | null;
  /** Loads the plan's checklists and runs; again for the same plan it refreshes them in place. */
  load(planId: string | null): Promise<void>;
}

/** The checklists of the current plan and its runs (newest first), as the overview lists them. */
export const usePlanChecklists = create<PlanChecklistsState>()((set, get) => ({
  planId: null,
  templates: [],
  runs: [],
  status: 'idle',
  loadError: null,

  async load(planId) {
    if (!planId) {
      set({ planId: null, templates: [], runs: [], status: 'idle', loadError: null });
      return;
    }
    const samePlan = get().planId === planId && get().status === 'ready';
    set(samePlan ? { loadError: null } : { planId, templates: [], runs: [], status: 'loading', loadError: null });
    const [templates, runs] = await Promise.all([
      request((api) => api.checklists.list({ planId, includeArchived: false })),
      request((api) => api.runs.list({ planId })),
    ]);
    if (get().planId !== planId) return;
    if (templates.ok && runs.ok) set({ templates: templates.value, runs: runs.value, status: 'ready' });
    else set({ status: 'failed', loadError: (templates.ok ? null : templates.error.message) ?? (runs.ok ? null : runs.error.message) });
  },
}));
