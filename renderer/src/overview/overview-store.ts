import { create } from 'zustand';
import type { Overview } from '../../../shared/results/overview';
import { request } from '../api/client';
import { localToday } from '../results/today';
import type { LoadStatus } from '../api/load-status';

interface OverviewState {
  overview: Overview | null;
  status: LoadStatus;
  error: string | null;
  load(planId: string): Promise<void>;
}

let latestLoad = 0;

/** The current plan at a glance on the user's own calendar day: colours, overdue actions, this month's runs. */
export const useOverview = create<OverviewState>()((set) => ({
  overview: null,
  status: 'idle',
  error: null,

  async load(planId) {
    const mine = ++latestLoad;
    set({ status: 'loading', error: null });
    const result = await request((api) => api.results.overview({ planId, today: localToday(), periodKind: 'month' }));
    if (mine !== latestLoad) return;
    if (result.ok) set({ overview: result.value, status: 'ready' });
    else set({ status: 'failed', error: result.error.message });
  },
}));
