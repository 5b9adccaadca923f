import { create } from 'zustand';
import type { PlanDetail } from '../../../shared/domain/plan-detail';
import type { Api } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/ipc/envelope';
import { request } from '../api/client';
import type { LoadStatus } from '../api/load-status';

interface PlanDetailState {
  detail: PlanDetail | null;
  status: LoadStatus;
  loadError: string | null;
  /** Loads the plan, or forgets it when planId is null. */
  load(planId: string | null): Promise<void>;
  /**
   * Runs one edit. Every edit channel answers with the whole plan as it now is, so the
   * store replaces its copy and never patches state itself. Refusals are returned for
   * the caller to show beside the form; the plan is left as it was.
   */
  edit(call: (api: Api) => Promise<Envelope<PlanDetail>>): Promise<Envelope<PlanDetail>>;
}

export const usePlanDetail = create<PlanDetailState>()((set, get) => ({
  detail: null,
  status: 'idle',
  loadError: null,

  async load(planId) {
    if (!planId) {
      set({ detail: null, status: 'idle', loadError: null });
      return;
    }
    set({ status: 'loading', loadError: null });
    const result = await request((api) => api.plans.get({ id: planId }));
    if (result.ok) set({ detail: result.value, status: 'ready' });
    else set({ detail: null, status: 'failed', loadError: result.error.message });
  },

  async edit(call) {
    const result = await request(call);
    if (result.ok && (get().detail === null || get().detail?.id === result.value.id)) set({ detail: result.value });
    return result;
  },
}));
